import { describe, expect, it } from 'vitest';
import { spellingFixes } from '@/lib/core/guidelines/fixes/spelling';
import { fixesFor } from '@/lib/core/guidelines/fixes';
import { createSpeller } from '@/lib/core/guidelines/spelling/speller';
import { draft, finding } from '../helpers';
import { applied, fixesOn, outcomes } from './helpers';

// Every word of the letter below but the misspelt one.
const WORDS = 'dear\nms\nraman\ni\nreceived\nyour\nnote\nabout\nthe\nnext\nsteps\nbest\nregards\nsam\ntaylor';
const letter = (line: string) => `Dear Ms Raman,\n\n${line}\n\nBest regards,\nSam Taylor`;

describe('spelling fixes', () => {
  it('removes the second copy of a doubled word, keeping the first one’s case', () => {
    const body = letter('Thank you for the the interview. The the team was kind.');
    const fixes = fixesOn('spelling', body);
    expect(fixes.map((f) => f.label)).toEqual(['Remove the repeated word', 'Remove the repeated word']);
    const once = fixes.reduceRight((text, f) => applied(text, f), body);
    expect(once).toBe(letter('Thank you for the interview. The team was kind.'));
  });

  it('removes a doubled word across a line break', () => {
    const body = letter('I enjoyed meeting the\nthe whole team.');
    const [fix] = fixesOn('spelling', body);
    expect(applied(body, fix!)).toBe(letter('I enjoyed meeting the whole team.'));
  });

  it('capitalises a lowercase "i" and its contractions', () => {
    const body = letter("Thank you for your time, i enjoyed it and i'm keen to hear back.");
    expect(outcomes(body, fixesOn('spelling', body))).toEqual([
      `Change to “I” -> ${letter("Thank you for your time, I enjoyed it and i'm keen to hear back.")}`,
      `Change to “I'm” -> ${letter("Thank you for your time, i enjoyed it and I'm keen to hear back.")}`,
    ]);
  });

  it('capitalises the first word of a sentence that starts in lowercase', () => {
    const body = letter('Thank you for the interview. it was a pleasure to meet the team.');
    const fixes = fixesOn('spelling', body);
    expect(outcomes(body, fixes)).toEqual([`Change to “It” -> ${letter('Thank you for the interview. It was a pleasure to meet the team.')}`]);
  });

  it('offers nothing for a possible misspelling without a speller to suggest, or a range that is already right', () => {
    const range = { field: 'body' as const, start: 0, end: 7, tag: 'unknown-word' as const };
    expect(spellingFixes('recieve', range, { subject: '', bodyText: 'recieve' }, { rule: 'spelling', status: 'fail', severity: 'error', message: '', ranges: [range] }, {})).toEqual([]);
    const plain = { field: 'body' as const, start: 0, end: 3 };
    expect(spellingFixes('the dog', plain, { subject: '', bodyText: 'the dog' }, { rule: 'spelling', status: 'fail', severity: 'error', message: '', ranges: [plain] }, {})).toEqual([]);
  });

  it('offers the speller’s suggestions for a word it does not know, at most three, as guesses', () => {
    const body = letter('I recieved your note about the next steps.');
    const asked: [string, number][] = [];
    const suggest = (word: string, limit: number) => (asked.push([word, limit]), ['received', 'relieved', 'retrieved', 'reserved']);
    const d = draft(body);
    const fixes = fixesFor(finding('spelling', d, undefined, { kind: 'thank-you', speller: createSpeller(WORDS) }), d, { suggest });
    expect(asked).toEqual([['recieved', 3]]);
    expect(outcomes(body, fixes)).toEqual([
      `Change to “received” -> ${letter('I received your note about the next steps.')}`,
      `Change to “relieved” -> ${letter('I relieved your note about the next steps.')}`,
      `Change to “retrieved” -> ${letter('I retrieved your note about the next steps.')}`,
    ]);
    expect(fixes.every((f) => f.guess)).toBe(true);
  });

  it('asks for no suggestion on the mechanical slips, which are no guess', () => {
    const body = letter('Thank you for the the interview.');
    const d = draft(body);
    const suggest = () => ['nope'];
    const fixes = fixesFor(finding('spelling', d, undefined, { kind: 'thank-you' }), d, { suggest });
    expect(fixes.map((f) => [f.replacement, f.guess])).toEqual([['the', undefined]]);
  });
});
