import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU, interview, NOW_AFTER_INTERVIEW } from '../helpers';

describe('address-concern', () => {
  it('is n/a without notes, or with notes that hold no wish or concern', () => {
    expect(finding('address-concern', draft(GOOD_THANK_YOU)).status).toBe('n/a');
    const none = company({ interviews: [interview({ wishISaid: [] })] });
    const f = finding('address-concern', draft(GOOD_THANK_YOU), { company: none, now: NOW_AFTER_INTERVIEW });
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/wished you had said/);
  });

  it('passes when the draft takes up the saved point, in other words', () => {
    const body = GOOD_THANK_YOU.replace(
      'I am excited about',
      'One thing I did not get to mention: I have run A/B tests on small samples before, using sequential methods to decide early.\n\nI am excited about',
    );
    expect(finding('address-concern', draft(body), { company: company(), now: NOW_AFTER_INTERVIEW }).status).toBe('pass');
  });

  it('passes when any one of several saved points is covered', () => {
    const notes = company({ interviews: [interview({ wishISaid: ['managing stakeholders in finance', 'the gap in my CV during 2024'] })] });
    const body = GOOD_THANK_YOU.replace('I am excited about', 'About the gap in my CV: I spent 2024 caring for a parent and kept my skills current.\n\nI am excited about');
    expect(finding('address-concern', draft(body), { company: notes, now: NOW_AFTER_INTERVIEW }).status).toBe('pass');
  });

  it('fails as a tip when the saved point is left out, and quotes it', () => {
    const f = finding('address-concern', draft(GOOD_THANK_YOU), { company: company(), now: NOW_AFTER_INTERVIEW });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('tip');
    expect(f.message).toMatch(/A\/B tests with small samples/);
  });

  it('does not apply to a withdrawal', () => {
    expect(finding('address-concern', draft(GOOD_THANK_YOU), { company: company(), now: NOW_AFTER_INTERVIEW }, { kind: 'withdrawal' }).status).toBe('n/a');
  });
});
