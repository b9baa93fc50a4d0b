import { describe, expect, it } from 'vitest';
import { subjectFix, suggestedSubject } from '@/lib/core/guidelines/fixes/subject';
import { KINDS, type Kind } from '@/lib/core/guidelines/types';
import { company, draft, finding, GOOD_THANK_YOU } from '../helpers';

const JUDGED: Kind[] = ['thank-you', 'follow-up', 'second-follow-up', 'update', 'withdrawal'];
const subjectFinding = (subject: string, kind: Kind, context = {}) => finding('subject-line', draft(GOOD_THANK_YOU, { subject }), context, { kind });

describe('suggested subject', () => {
  it('names the purpose of the kind and the role, then the user’s name when known', () => {
    expect(suggestedSubject('thank-you', { role: 'Data Analyst' })).toBe('Thank you – Data Analyst interview');
    expect(suggestedSubject('follow-up', { role: 'Data Analyst', name: 'Sam Taylor' })).toBe('Following up – Data Analyst interview, Sam Taylor');
    expect(suggestedSubject('second-follow-up', { role: 'Data Analyst' })).toBe('Following up – Data Analyst application');
    expect(suggestedSubject('update', { role: 'Data Analyst' })).toBe('Update on my Data Analyst application');
    expect(suggestedSubject('withdrawal', { role: 'Data Analyst' })).toBe('Withdrawing my application – Data Analyst');
  });

  it('names the user when the notes have no role', () => {
    expect(suggestedSubject('thank-you', { name: 'Sam Taylor' })).toBe('Thank you for the interview – Sam Taylor');
    expect(suggestedSubject('follow-up', { name: '  Sam\n Taylor ' })).toBe('Following up on my interview – Sam Taylor');
  });

  it('suggests nothing without a role or a name, or with one too long or wordless to be either', () => {
    expect(suggestedSubject('thank-you', {})).toBeNull();
    expect(suggestedSubject('thank-you', { role: ' ', name: '' })).toBeNull();
    expect(suggestedSubject('thank-you', { role: 'x'.repeat(61) })).toBeNull();
    expect(suggestedSubject('thank-you', { role: '—', name: '42' })).toBeNull();
  });

  it.each(JUDGED)('makes a subject the check passes, for a %s', (kind) => {
    const withRole = subjectFinding(suggestedSubject(kind, { role: 'Product Analyst' })!, kind, { company: company() });
    expect(withRole.status).toBe('pass');
    // A role the check does not know as a job word passes through the notes' role.
    const unusual = subjectFinding(suggestedSubject(kind, { role: 'Growth Hacker' })!, kind, { company: company({ role: 'Growth Hacker' }) });
    expect(unusual.status).toBe('pass');
    const withName = subjectFinding(suggestedSubject(kind, { name: 'Jordan Avery' })!, kind, { profile: { name: 'Jordan Avery' } });
    expect(withName.status).toBe('pass');
  });

  it('has a purpose for every kind', () => {
    for (const kind of KINDS) expect(suggestedSubject(kind, { role: 'Analyst' })).toMatch(/Analyst/);
  });
});

describe('subject fix', () => {
  const who = { role: 'Product Analyst', name: 'Jordan Avery' };

  it('replaces a vague subject as a whole', () => {
    const f = subjectFinding('Interview', 'follow-up');
    expect(subjectFix(f, { subject: 'Interview', bodyText: '' }, 'follow-up', who)).toEqual({
      label: 'Use the suggested subject',
      range: { field: 'subject', start: 0, end: 9 },
      replacement: 'Following up – Product Analyst interview, Jordan Avery',
    });
  });

  it('fills an empty subject, though the finding has no range in it', () => {
    const f = subjectFinding('', 'thank-you');
    expect(f.status).toBe('fail');
    expect(subjectFix(f, { subject: '', bodyText: '' }, 'thank-you', { role: 'Product Analyst' })).toMatchObject({
      range: { field: 'subject', start: 0, end: 0 },
      replacement: 'Thank you – Product Analyst interview',
    });
  });

  it('keeps the reply prefix, so the email stays in its thread', () => {
    const f = subjectFinding('Re: Interview', 'follow-up');
    expect(subjectFix(f, { subject: 'Re: Interview', bodyText: '' }, 'follow-up', { role: 'Product Analyst' })?.replacement).toBe('Re: Following up – Product Analyst interview');
    const bare = subjectFinding('RE:', 'thank-you');
    expect(subjectFix(bare, { subject: 'RE:', bodyText: '' }, 'thank-you', { role: 'Product Analyst' })?.replacement).toBe('RE: Thank you – Product Analyst interview');
  });

  it('is not offered for a passing subject, another check, or without a role or name', () => {
    const passing = subjectFinding('Thank you – Product Analyst interview', 'thank-you', { company: company() });
    expect(subjectFix(passing, { subject: 'Thank you – Product Analyst interview', bodyText: '' }, 'thank-you', who)).toBeNull();
    const other = finding('gratitude', draft('Hello.'), undefined, { kind: 'thank-you' });
    expect(subjectFix({ ...other, status: 'fail' }, { subject: 'Hi', bodyText: 'Hello.' }, 'thank-you', who)).toBeNull();
    expect(subjectFix(subjectFinding('Hi', 'thank-you'), { subject: 'Hi', bodyText: '' }, 'thank-you', {})).toBeNull();
  });
});
