import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

describe('sentence-length', () => {
  it('passes a letter of ordinary sentences', () => {
    expect(finding('sentence-length', draft(GOOD_THANK_YOU)).status).toBe('pass');
  });

  it('passes a short note with bullets that carry no full stops', () => {
    const body = `Dear Mr. Haddad,

Thank you for the tour of the print shop on Friday. Three things I would bring:
- ten years on Heidelberg presses
- colour management for brand work
- training apprentices

I look forward to hearing from you.

Sincerely,
Rosa Lima`;
    expect(finding('sentence-length', draft(body, { to: [{ name: 'Sami Haddad', address: 'sami@haddadprint.com' }] })).status).toBe('pass');
  });

  it('ends a sentence after "Corp." when a capital follows', () => {
    const body = `Dear Ms. Smith,

Thank you for taking the time to meet with me today to discuss the Marketing Manager position at Acme Corp. It was a pleasure to learn about the role and your team's plans for the spring product launch.

Sincerely,
John Doe`;
    expect(finding('sentence-length', draft(body, { to: [{ name: 'Jane Smith', address: 'jsmith@acme.com' }] })).status).toBe('pass');
  });

  it('fails a sentence over 35 words and points at it', () => {
    const long =
      'When we discussed the supply problems at the Leeds warehouse I kept thinking about the way my previous team reorganised its picking routes over a single summer and how that cut the walking time of every shift by almost a quarter.';
    const body = `Dear Grace,\n\nThank you for your time on Monday. ${long} I would be glad to share the plan we used.\n\nKind regards,\nTom Reilly`;
    const f = finding('sentence-length', draft(body, { to: [{ name: 'Grace Kim', address: 'grace@northfreight.co.uk' }] }));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('tip');
    expect(f.ranges).toHaveLength(1);
    expect(body.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toBe(long);
    expect(f.message).toMatch(/4\d words/);
  });

  it('fails when the average runs past 22 words though no sentence passes 35', () => {
    const s = (topic: string) => `I valued what you said about ${topic} because it matches the way I have worked with clinics and families over the last eight years in two cities.`;
    const body = `Dear Dr. Patel,\n\n${s('parent coaching')} ${s('early screening')} ${s('shared records')}\n\nSincerely,\nNadia`;
    const f = finding('sentence-length', draft(body, { to: [{ name: 'Dr. Anil Patel', address: 'apatel@brightsteps.org' }] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/average/);
    expect(f.ranges).toHaveLength(3);
  });
});
