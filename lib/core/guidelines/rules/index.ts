/**
 * The rulebook: one rule per file, registered here under its id. `RULE_IDS` (types.ts) is the one
 * list of ids and their order (that of `../shared/guidelines.md`); it stays apart from the rules'
 * code because the messaging protocol and the settings need the ids only. The record's type makes
 * a rule missing from it, an id not in `RULE_IDS`, or a rule under another rule's id a type error.
 */
import type { Rule } from '../rule';
import { RULE_IDS, type RuleId } from '../types';
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

type Rulebook = { readonly [K in RuleId]: Rule<K> };

const BY_ID: Rulebook = {
  gratitude,
  'specific-detail': specificDetail,
  'value-recap': valueRecap,
  enthusiasm,
  'next-step': nextStep,
  'sign-off': signOff,
  'contact-info': contactInfo,
  'subject-line': subjectLine,
  length,
  placeholders,
  salutation,
  'name-accuracy': nameAccuracy,
  'needy-tone': needyTone,
  'casual-language': casualLanguage,
  spelling,
  'resume-restating': resumeRestating,
  'self-focus': selfFocus,
  'sentence-length': sentenceLength,
  timing,
  'follow-up-frequency': followUpFrequency,
  'recipient-choice': recipientChoice,
  'unique-per-interviewer': uniquePerInterviewer,
  'prior-reference': priorReference,
  'something-new': somethingNew,
  'address-concern': addressConcern,
  'door-open': doorOpen,
};

/** Every rule, in the order of `RULE_IDS`. */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => BY_ID[id]);

/** The rule of an id; undefined only for a string that is not an id (from outside the types). */
export const ruleById = (id: RuleId): Rule | undefined => (Object.hasOwn(BY_ID, id) ? BY_ID[id] : undefined);
