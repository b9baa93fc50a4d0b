import { describe, expect, it } from 'vitest';
import { draft, finding } from '../helpers';

const w = { kind: 'withdrawal' as const };
const slice = (body: string, r: { start: number; end: number }) => body.slice(r.start, r.end);

describe('door-open', () => {
  it.each([
    [
      'wishes them well',
      `Dear Ms. Brandt,

Thank you for considering me for the Store Manager position. After a lot of thought I have accepted another offer closer to home, so I would like to withdraw my application. I wish you and the team every success with the new Altona branch.

Kind regards,
Felix Wagner`,
    ],
    [
      'hopes to stay in touch',
      `Hi Joanna,

Thanks so much for the time you and the design team gave me. I have decided to withdraw from the UX Researcher process, as my current company has offered me a role on its research team. I enjoyed our conversations and hope we can stay in touch.

Best regards,
Kofi Mensah`,
    ],
    [
      'hopes paths cross again',
      `Dear Dr. Liang,

Thank you for the interview for the postdoctoral post. I have decided to accept a position in Toronto and must withdraw. I hope our paths cross again at a conference soon.

Sincerely,
Maya Rosen`,
    ],
  ])('passes a withdrawal that %s', (_, body) => {
    expect(finding('door-open', draft(body, { subject: 'Withdrawing my application' }), undefined, w).status).toBe('pass');
  });

  it('fails a withdrawal that ends cold', () => {
    const body = `Dear Mr. Okafor,\n\nPlease remove me from consideration for the Accountant role. I have accepted another position.\n\nRegards,\nSanjay Rao`;
    const f = finding('door-open', draft(body, { subject: 'Withdrawal' }), undefined, w);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/wish them well|stay in touch/);
  });

  it('fails a negative reason about the pay, even with warm wishes', () => {
    const body = `Dear Ms. Brandt,\n\nI am withdrawing from the Store Manager process because the salary was too low for the hours involved. I wish you the best with the new branch.\n\nKind regards,\nFelix Wagner`;
    const f = finding('door-open', draft(body, { subject: 'Withdrawing' }), undefined, w);
    expect(f.status).toBe('fail');
    expect(f.ranges.map((r) => slice(body, r))).toEqual(['the salary was too low']);
    expect(f.message).toMatch(/the salary was too low/);
  });

  it('fails complaints about the process or the culture, and marks each', () => {
    const body = `Hi Joanna,

I have decided to withdraw. Honestly, your process was disorganised and I didn't like the culture I saw in the office. Good luck with the search.

Best,
Kofi`;
    const f = finding('door-open', draft(body, { subject: 'Withdrawing' }), undefined, w);
    expect(f.status).toBe('fail');
    const marked = f.ranges.map((r) => slice(body, r));
    expect(marked).toContain('your process was disorganised');
    expect(marked.some((m) => m.startsWith("I didn't like the"))).toBe(true);
  });

  it('applies only to withdrawals', () => {
    const body = `Dear Priya,\n\nThank you for the interview.\n\nBest regards,\nJordan`;
    expect(finding('door-open', draft(body), undefined, { kind: 'thank-you' }).status).toBe('n/a');
  });
});
