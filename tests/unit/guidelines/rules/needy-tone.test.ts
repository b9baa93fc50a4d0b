import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const covered = (body: string, ranges: { start: number; end: number }[]) => ranges.map((r) => body.slice(r.start, r.end));

describe('needy-tone', () => {
  it('passes a confident thank-you', () => {
    expect(finding('needy-tone', draft(GOOD_THANK_YOU)).status).toBe('pass');
  });

  it('passes a follow-up that asks plainly, with a single courteous apology', () => {
    const body = `Dear Mr. Lindqvist,

I hope your week is going well. Sorry for the slow reply to your scheduling note last month; I wanted to ask whether there is any news on the Site Supervisor position. I remain keen on the Harbour Road project and am available for another conversation at your convenience.

Best regards,
Amara Chukwu
amara.chukwu@example.org`;
    const f = finding('needy-tone', draft(body, { subject: 'Site Supervisor application', to: [{ name: 'Erik Lindqvist', address: 'erik@northbuild.se' }] }));
    expect(f.status).toBe('pass');
  });

  it('does not mistake a confident claim for self-doubt', () => {
    const body = `Hi Priya,\n\nThank you for yesterday. I am the candidate who can untangle the two billing warehouses, and I would do the groundwork in my first month.\n\nBest regards,\nJordan`;
    expect(finding('needy-tone', draft(body)).status).toBe('pass');
  });

  it('fails pleading and points at the phrase', () => {
    const body = `Dear Ms. Farrow,

Thank you for meeting me on Tuesday about the paralegal opening. I really need this job, and I would do anything to join Farrow & Pike. Please give me a chance to show you what I can do.

Kind regards,
Devon Marsh`;
    const f = finding('needy-tone', draft(body, { subject: 'Paralegal interview', to: [{ name: 'Alice Farrow', address: 'alice@farrowpike.law' }] }));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    const words = covered(body, f.ranges);
    expect(words).toContain('I really need this job');
    expect(words).toContain('I would do anything');
    expect(words.some((w) => /give me a chance/i.test(w))).toBe(true);
    expect(f.message).toMatch(/I really need this job/);
  });

  it('fails self-doubt about the interview', () => {
    const body = `Hi Marco,

Thanks for the chat about the barista trainer role. I hope I didn't blow it when you asked about latte art; I know I'm not the most experienced candidate, but I love the café.

Best,
Lena`;
    const f = finding('needy-tone', draft(body, { subject: 'Barista trainer', to: [{ name: 'Marco', address: 'marco@beanhaus.com' }] }));
    expect(f.status).toBe('fail');
    const words = covered(body, f.ranges);
    expect(words).toContain("I hope I didn't blow it");
    expect(words.some((w) => /not the most experienced candidate/.test(w))).toBe(true);
  });

  it('fails desperation about the job, but not a problem described as desperate', () => {
    const body = `Dear Ms. Ueda,\n\nThank you for Friday's interview. I am desperate to join the clinic and would start at once.\n\nBest regards,\nRin`;
    const f = finding('needy-tone', draft(body, { to: [{ name: 'Mika Ueda', address: 'ueda@harbourclinic.jp' }] }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/desperate/);
    const fine = `Dear Ms. Ueda,\n\nThank you for Friday's interview. Your front desk is in desperate need of a better booking system, and I have built one before.\n\nBest regards,\nRin`;
    expect(finding('needy-tone', draft(fine, { to: [{ name: 'Mika Ueda', address: 'ueda@harbourclinic.jp' }] })).status).toBe('pass');
  });

  it('fails "sorry to bother you"', () => {
    const body = `Dear Dr. Osei,\n\nSorry to bother you again. I wanted to ask about the research assistant post we discussed.\n\nBest regards,\nKwame`;
    const f = finding('needy-tone', draft(body, { subject: 'Research assistant post', to: [{ name: 'Dr. Ama Osei', address: 'a.osei@uni.example.edu' }] }));
    expect(f.status).toBe('fail');
    expect(covered(body, f.ranges)).toContain('Sorry to bother');
  });

  it('fails more than one apology and marks each', () => {
    const body = `Dear Helen,

I apologise for writing again, and I am sorry if this is too forward. My apologies as well for the late reply last week. I remain very interested in the VP office's analytics role.

Kind regards,
Jordan`;
    const f = finding('needy-tone', draft(body, { subject: 'Following up', to: [{ name: 'Helen Castellanos', address: 'helen.castellanos@lumenworks.com' }] }));
    expect(f.status).toBe('fail');
    expect(f.ranges.length).toBe(3);
    expect(f.message).toMatch(/apolog/i);
  });

  it('ignores the quoted earlier thread', () => {
    const body = `Dear Priya,\n\nThank you for the update on the timeline. I look forward to hearing more next week.\n\nBest regards,\nJordan\n\nOn Mon, 16 Nov 2026 at 09:12, Priya Raman <priya.raman@lumenworks.com> wrote:\n> Sorry for the delay, and sorry again that the panel moved.`;
    expect(finding('needy-tone', draft(body)).status).toBe('pass');
  });
});
