/**
 * Placeholders the notes can fill: "[Interviewer Name]", "{company}", "[Role]", "[Position]",
 * "{{interviewer.firstName}}", the blanks Afterview's own templates leave ("[company]",
 * "[interviewer’s first name]") and the bare template words ("Company Name", "Job Title").
 * The fix carries only which slot it is, never a value: the page that shows the card must not
 * learn what the notes hold, so the value is asked for when the user picks the fix.
 */
import type { Finding, NoteSlot, TextRange } from '../types';
import { textOf, type FixDraft } from './types';

/** A fix that fills a placeholder with a value from the notes, looked up only when it is picked. */
export interface NoteFix {
  label: string;
  range: TextRange;
  slot: NoteSlot;
}

export const FILL_FROM_NOTES = 'Fill in from your notes';

// The marker's brackets, braces or merge-field signs around its words.
const MARKER_EDGES = /^[\s[{(<%*|$]+|[\s\]})>%*|$]+$/g;
// Words of an instruction around the slot's name: "insert the company name here".
const INSTRUCTION = /^(?:(?:insert|add|enter|type|put|fill in|write)\s+)?(?:(?:the|your|their|his|her)\s+)?|\s+here$/g;
const PERSON = String.raw`(?:interviewer|hiring manager|recipient)(?:'s)?`;

const SLOT_PATTERNS: readonly [NoteSlot, RegExp][] = [
  ['interviewer-first', new RegExp(String.raw`^(?:${PERSON} first name|first name of (?:the )?${PERSON})$`)],
  ['interviewer-last', new RegExp(String.raw`^(?:${PERSON} (?:last name|surname)|(?:last name|surname) of (?:the )?${PERSON})$`)],
  ['interviewer', new RegExp(String.raw`^(?:${PERSON}(?: full)?(?: name)?|(?:full )?name of (?:the )?${PERSON})$`)],
  ['company', /^(?:(?:company|organi[sz]ation|employer|firm)(?:'s)?(?: name)?|name of (?:the )?(?:company|organi[sz]ation|employer|firm))$/],
  ['role', /^(?:role|position|job|job title|position title|role title|role name|position name|title of (?:the )?(?:role|position|job))$/],
];

/** Which notes' value a placeholder stands for, from its text as written; null for any other placeholder. */
export function noteSlotOf(placeholder: string): NoteSlot | null {
  if (placeholder.length > 80) return null;
  const words = placeholder
    .replace(MARKER_EDGES, '')
    // "interviewer.firstName", "company_name": a template's own way of writing the words.
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[._-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INSTRUCTION, '');
  for (const [slot, re] of SLOT_PATTERNS) if (re.test(words)) return slot;
  return null;
}

/** For a failing `placeholders` finding, a fill-from-notes fix on each placeholder that names a slot. */
export function noteFixesFor(finding: Finding, draft: FixDraft): NoteFix[] {
  if (finding.rule !== 'placeholders' || finding.status !== 'fail') return [];
  return finding.ranges.flatMap((range) => {
    const slot = noteSlotOf(textOf(draft, range));
    return slot ? [{ label: FILL_FROM_NOTES, range, slot }] : [];
  });
}
