import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const letter = (middle: string) => `Dear Mr. Haldane,

Thank you for meeting with me on Thursday about the Site Engineer position and for walking me through the Eastgate bridge retrofit.

${middle}

Kind regards,
Ines Costa
ines.costa@example.com`;

describe('enthusiasm', () => {
  it('passes the reference letter ("excited about the chance to join")', () => {
    expect(finding('enthusiasm', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it.each([
    ['remains interested', 'I remain very interested in the position and look forward to hearing from you.'],
    ['would love to join', 'I would love to join the team on the retrofit next year.'],
    ['eager', 'I am eager to contribute and hope to hear from you soon.'],
    ['looking forward to joining', 'I am looking forward to the possibility of joining Haldane & Reid.'],
  ])('passes a letter that says so plainly (%s)', (_, middle) => {
    expect(finding('enthusiasm', draft(letter(middle), { subject: 'Thank you – Site Engineer interview' }), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it('fails a letter that never says the candidate still wants the job', () => {
    const f = finding('enthusiasm', draft(letter('Please let me know if you need my references.')), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/want the job|excites you/);
  });

  it('does not count a negated interest', () => {
    const f = finding('enthusiasm', draft(letter('I am not interested in relocating, so please let me know whether remote work is possible.')), undefined, { kind: 'follow-up' });
    expect(f.status).toBe('fail');
  });

  it('does not apply to a withdrawal', () => {
    expect(finding('enthusiasm', draft(letter('I have accepted another offer.')), undefined, { kind: 'withdrawal' }).status).toBe('n/a');
  });
});
