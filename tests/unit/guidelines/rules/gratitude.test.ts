import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

describe('gratitude', () => {
  it('passes a letter that thanks the interviewer', () => {
    expect(finding('gratitude', draft(GOOD_THANK_YOU)).status).toBe('pass');
  });

  it('passes when the thanks is only in the closing line', () => {
    const body = `Hi Priya,\n\nI wanted to share the sequential testing article I mentioned when we spoke about pricing experiments. It covers stopping rules for small samples.\n\nThank you again,\nJordan Avery\njordan.avery@example.net`;
    expect(finding('gratitude', draft(body, { subject: 'Article on pricing experiments' })).status).toBe('pass');
  });

  it('fails a follow-up that never thanks anyone', () => {
    const body = `Dear Priya,\n\nI am writing to ask whether a decision has been made on the Product Analyst role. The date you mentioned has passed and I remain very interested.\n\nBest regards,\nJordan Avery\njordan.avery@example.net`;
    const f = finding('gratitude', draft(body, { subject: 'Following up on the Product Analyst role' }));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/thank/i);
  });
});
