// "Save to my notes" from the sidebar's template form: which slots have a home in the notes,
// and that saving writes exactly that field, at the place the slot was read from, so the slot
// reads the saved value back and nothing else in the notes changes.
import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '@/lib/core/notes/types';
import { applyProfileEdits, applySlotEdits, changesRecord, needsCompany, noteHomeOf } from '@/lib/core/templates/note-fields';
import { valuesFromNotes } from '@/lib/core/templates/placeholders';
import { PLACEHOLDER_NAMES } from '@/lib/core/templates/types';
import { daniel, graham, harbourline, profile, recipient } from './sample-notes';

const now = new Date('2026-03-11T09:00:00Z');
const toDaniel = { now, recipients: [recipient(daniel)] };
const read = (record: CompanyRecord, opts = toDaniel) => valuesFromNotes(record, profile, opts);

/** The paths at which two JSON values differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`));
  }
  return [path];
}

describe('which slots are note-backed', () => {
  it('every slot the notes or the profile hold as text has a home; dates worked out and free-text slots have none', () => {
    const backed = PLACEHOLDER_NAMES.filter((n) => noteHomeOf(n) !== null);
    expect(backed).toEqual([
      'interviewer.firstName',
      'interviewer.lastName',
      'interviewer.name',
      'interviewer.title',
      'company',
      'role',
      'topic',
      'topic2',
      'challenge',
      'wish',
      'idea',
      'news',
      'me.name',
      'me.phone',
      'me.email',
    ]);
    for (const name of ['interview.day', 'interview.date', 'decisionDate', 'lastFollowUp.date', 'referral', 'portfolio link']) expect(noteHomeOf(name)).toBeNull();
    expect(needsCompany('me.phone')).toBe(false);
    expect(needsCompany('topic')).toBe(true);
  });
});

describe('saving a slot into a company’s notes', () => {
  it('replaces the topic the slot was read from, and nothing else', () => {
    const before = harbourline();
    const after = applySlotEdits(before, [{ slot: 'topic', value: 'the onboarding playbook for dental clinics' }], toDaniel);
    expect(read(after).topic).toBe('the onboarding playbook for dental clinics');
    expect(read(after).topic2).toBe('quarterly business reviews');
    expect(differences(before, after)).toEqual(['/interviews/1/topics/0']);
    // The record passed in is left as it was.
    expect(before).toEqual(harbourline());
  });

  it('writes the second topic as the second entry, and a list the notes leave empty in the interview the draft is about', () => {
    const before = harbourline();
    const second = applySlotEdits(before, [{ slot: 'topic2', value: 'QBR templates' }], toDaniel);
    expect(differences(before, second)).toEqual(['/interviews/1/topics/1']);
    const empty = harbourline();
    empty.interviews[1]!.news = [];
    const withNews = applySlotEdits(empty, [{ slot: 'news', value: 'a new certification' }], toDaniel);
    expect(differences(empty, withNews)).toEqual(['/interviews/1/news/0']);
    expect(read(withNews).news).toBe('a new certification');
  });

  it('a value read from an earlier interview is changed there', () => {
    const before = harbourline();
    before.interviews[1]!.challenges = [];
    expect(read(before).challenge).toBe('slow handoffs between sales and onboarding');
    const after = applySlotEdits(before, [{ slot: 'challenge', value: 'slow handoffs from sales' }], toDaniel);
    expect(differences(before, after)).toEqual(['/interviews/0/challenges/0']);
    expect(read(after).challenge).toBe('slow handoffs from sales');
  });

  it('renames the interviewer the letter is for, in every interview they were in, keeping the rest of the name', () => {
    const before = harbourline();
    const after = applySlotEdits(before, [{ slot: 'interviewer.firstName', value: 'Dan' }], toDaniel);
    expect(read(after)['interviewer.name']).toBe('Dan Reyes');
    expect(differences(before, after)).toEqual(['/interviews/0/interviewers/0/name', '/interviews/1/interviewers/0/name']);
    // Written to Graham, the letter to Graham changes, with his title kept before the name.
    const toGraham = { now, recipients: [recipient(graham)] };
    const dr = harbourline();
    dr.interviews[1]!.interviewers[2]!.name = 'Dr. Graham Whitfield';
    const renamed = applySlotEdits(dr, [{ slot: 'interviewer.lastName', value: 'Whitfield-Brown' }], toGraham);
    expect(renamed.interviews[1]!.interviewers[2]!.name).toBe('Dr. Graham Whitfield-Brown');
    expect(differences(dr, renamed)).toEqual(['/interviews/1/interviewers/2/name']);
  });

  it('saves the company’s role and name on the company', () => {
    const before = harbourline();
    const after = applySlotEdits(before, [{ slot: 'role', value: 'Senior Customer Success Manager' }], toDaniel);
    expect(differences(before, after)).toEqual(['/role']);
  });

  it('writing to someone the notes do not know adds them at that address (the lead the slot guessed keeps their name)', () => {
    const before = harbourline();
    const priya = { now, recipients: [{ name: 'P. Shah', address: 'priya.shah@harbourline.health' }] };
    // With no saved person at that address, the slot guessed the lead.
    expect(read(before, priya)['interviewer.firstName']).toBe('Daniel');
    const after = applySlotEdits(before, [{ slot: 'interviewer.firstName', value: 'Priya' }], priya);
    expect(after.interviews[1]!.interviewers[3]).toMatchObject({ name: 'Priya Shah', email: 'priya.shah@harbourline.health' });
    expect(differences(before, after)).toEqual(['/interviews/1/interviewers/3']);
    expect(read(after, priya)['interviewer.name']).toBe('Priya Shah');
    // Without any address to go by, the person the slot was read from is the one renamed.
    const noAddress = applySlotEdits(before, [{ slot: 'interviewer.firstName', value: 'Dan' }], { now });
    expect(differences(before, noAddress)).toEqual(['/interviews/0/interviewers/0/name', '/interviews/1/interviewers/0/name']);
  });

  it('a job title for someone the notes cannot name is not saved, and the caller can tell', () => {
    const before = harbourline();
    const unnamed = { now, recipients: [{ address: 'someone@harbourline.health' }] };
    expect(applySlotEdits(before, [{ slot: 'interviewer.title', value: 'Recruiter' }], unnamed)).toEqual(before);
    expect(changesRecord(before, [{ slot: 'interviewer.title', value: 'Recruiter' }], unnamed)).toBe(false);
    const named = { now, recipients: [{ name: 'Ana Lima', address: 'ana@harbourline.health' }] };
    const after = applySlotEdits(before, [{ slot: 'interviewer.title', value: 'Recruiter' }], named);
    expect(after.interviews[1]!.interviewers[3]).toMatchObject({ name: 'Ana Lima', title: 'Recruiter', email: 'ana@harbourline.health' });
    expect(changesRecord(before, [{ slot: 'interviewer.title', value: 'Recruiter' }], named)).toBe(true);
  });

  it('a company with no interview gets one, dated now, to hold the note', () => {
    const before = harbourline({ interviews: [] });
    const after = applySlotEdits(before, [{ slot: 'topic', value: 'their data warehouse' }], toDaniel);
    expect(after.interviews).toHaveLength(1);
    expect(after.interviews[0]).toMatchObject({ at: now.toISOString(), topics: ['their data warehouse'] });
    // Nothing written, no interview added.
    expect(changesRecord(before, [{ slot: 'interviewer.title', value: 'Recruiter' }], { now, recipients: [{ address: 'x@harbourline.health' }] })).toBe(false);
  });

  it('slots with no home, the user’s own details and blank values change nothing', () => {
    const before = harbourline();
    const after = applySlotEdits(
      before,
      [
        { slot: 'interview.day', value: 'Monday' },
        { slot: 'me.phone', value: '555' },
        { slot: 'topic', value: '   ' },
        { slot: 'referral', value: 'Ana' },
      ],
      toDaniel,
    );
    expect(after).toEqual(before);
  });
});

describe('saving a slot into the user’s own details', () => {
  it('writes that one detail and keeps the others', () => {
    const after = applyProfileEdits({ name: 'Rafael Moreno', email: 'r@example.com' }, [
      { slot: 'me.phone', value: ' +1 415 555 0199 ' },
      { slot: 'topic', value: 'x' },
    ]);
    expect(after).toEqual({ name: 'Rafael Moreno', email: 'r@example.com', phone: '+1 415 555 0199' });
  });
});
