/**
 * One-click fixes: for a failing finding, the replacements that mend it mechanically. Plain
 * data, like the findings: the page applies a fix through the editor, the engine never edits.
 */
import type { Draft, Finding, TextRange } from '../types';

/** One way to mend one range of a finding: put `replacement` where the range's text is. */
export interface Fix {
  /** What the button says, in a few words ("Remove the repeated word"). */
  label: string;
  /** Always one of the finding's own ranges, so the card on that underline can offer it. */
  range: TextRange;
  replacement: string;
  /** A guess at the word meant (a spelling suggestion), not a certain mend: offered only where no certain fix is. */
  guess?: true;
}

/** What some fixes need beyond the draft: the speller's suggestions, in the background. */
export interface FixTools {
  suggest?(word: string, limit: number): string[];
}

/** The text a fix reads: the draft as it was checked. */
export type FixDraft = Pick<Draft, 'subject' | 'bodyText'>;

/** The fixes one rule family knows for one of its finding's ranges. */
export type RangeFixer = (text: string, range: TextRange, draft: FixDraft, finding: Finding, tools: FixTools) => Fix[];

/** The text under a range, as the engine saw it. */
export const textOf = (draft: FixDraft, range: TextRange): string => (range.field === 'subject' ? draft.subject : draft.bodyText).slice(range.start, range.end);

/** `Change to “I”`: the label for a fix that rewrites the words in place. */
export const changeTo = (replacement: string): string => `Change to “${replacement}”`;
export const replaceWith = (replacement: string): string => `Replace with “${replacement}”`;
