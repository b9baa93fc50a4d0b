import { describe, expect, it } from 'vitest';
import { FILL_FROM_NOTES, noteFixesFor, noteSlotOf } from '@/lib/core/guidelines/fixes/note-slots';
import { draft, finding } from '../helpers';

describe('noteSlotOf', () => {
  it('names the interviewer, company and role placeholders, however they are bracketed', () => {
    const cases: Record<string, string> = {
      '[Interviewer Name]': 'interviewer',
      '[Interviewer’s Name]': 'interviewer',
      '[Hiring Manager’s Name]': 'interviewer',
      '{{interviewer.name}}': 'interviewer',
      '[interviewer’s full name]': 'interviewer',
      '[interviewer’s first name]': 'interviewer-first',
      '{{interviewer.firstName}}': 'interviewer-first',
      '[Interviewer’s Last Name]': 'interviewer-last',
      '[Company]': 'company',
      '{company}': 'company',
      '{{company}}': 'company',
      '[Company Name]': 'company',
      'COMPANY NAME': 'company',
      '(name of company)': 'company',
      '%COMPANY%': 'company',
      $COMPANY_NAME$: 'company',
      '<Company>': 'company',
      '[insert company name here]': 'company',
      '[Role]': 'role',
      '[Position]': 'role',
      '[Job Title]': 'role',
      'Job Title': 'role',
      '{{role}}': 'role',
    };
    for (const [placeholder, slot] of Object.entries(cases)) expect(noteSlotOf(placeholder), placeholder).toBe(slot);
  });

  it('leaves every other placeholder to the user: their own name, a bare name or title, a topic, a stand-in', () => {
    for (const other of [
      '[Your Name]',
      '[Name]',
      '[First Name]',
      '[Title]',
      '[topic]',
      '[date]',
      '[Interviewer’s job title]',
      '[Company X]',
      'XX',
      '[company culture notes]',
      `[${'company '.repeat(12)}]`,
    ]) {
      expect(noteSlotOf(other), other).toBeNull();
    }
  });
});

describe('noteFixesFor', () => {
  it('offers a fill-in on each placeholder that names a slot, with the slot and no value', () => {
    const body = 'Dear [Interviewer Name],\n\nThank you for the [Role] interview at [Company]. I enjoyed [topic].\n\nBest regards,\nSam';
    const d = draft(body);
    const fixes = noteFixesFor(finding('placeholders', d), d);
    expect(fixes.map((f) => [body.slice(f.range.start, f.range.end), f.slot, f.label])).toEqual([
      ['[Interviewer Name]', 'interviewer', FILL_FROM_NOTES],
      ['[Role]', 'role', FILL_FROM_NOTES],
      ['[Company]', 'company', FILL_FROM_NOTES],
    ]);
    for (const f of fixes) expect(Object.keys(f).sort()).toEqual(['label', 'range', 'slot']);
  });

  it('offers nothing for another rule’s finding or a passing one', () => {
    const d = draft('Dear [Interviewer Name],\n\nThank you.\n\nBest regards,\nSam');
    const f = finding('placeholders', d);
    expect(noteFixesFor({ ...f, rule: 'spelling' }, d)).toEqual([]);
    expect(noteFixesFor({ ...f, status: 'pass' }, d)).toEqual([]);
  });
});
