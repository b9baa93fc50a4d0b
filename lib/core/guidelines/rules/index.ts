/** The rulebook, in the order of `../../shared/guidelines.md`. One rule per file. */
import type { Rule } from '../rule';
import type { RuleId } from '../types';
import { gratitude } from './gratitude';
import { specificDetail } from './specific-detail';
import { valueRecap } from './value-recap';
import { enthusiasm } from './enthusiasm';
import { nextStep } from './next-step';
import { signOff } from './sign-off';
import { contactInfo } from './contact-info';
import { subjectLine } from './subject-line';
import { length } from './length';
import { placeholders } from './placeholders';
import { salutation } from './salutation';
import { nameAccuracy } from './name-accuracy';
import { needyTone } from './needy-tone';
import { casualLanguage } from './casual-language';
import { spelling } from './spelling';
import { resumeRestating } from './resume-restating';
import { selfFocus } from './self-focus';
import { sentenceLength } from './sentence-length';
import { timing } from './timing';
import { followUpFrequency } from './follow-up-frequency';
import { recipientChoice } from './recipient-choice';
import { uniquePerInterviewer } from './unique-per-interviewer';
import { priorReference } from './prior-reference';
import { somethingNew } from './something-new';
import { addressConcern } from './address-concern';
import { doorOpen } from './door-open';

export const RULES: readonly Rule[] = [
  gratitude,
  specificDetail,
  valueRecap,
  enthusiasm,
  nextStep,
  signOff,
  contactInfo,
  subjectLine,
  length,
  placeholders,
  salutation,
  nameAccuracy,
  needyTone,
  casualLanguage,
  spelling,
  resumeRestating,
  selfFocus,
  sentenceLength,
  timing,
  followUpFrequency,
  recipientChoice,
  uniquePerInterviewer,
  priorReference,
  somethingNew,
  addressConcern,
  doorOpen,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
export const ruleById = (id: RuleId): Rule | undefined => BY_ID.get(id);
