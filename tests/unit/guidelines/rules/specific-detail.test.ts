import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU, interview, NOW_AFTER_INTERVIEW } from '../helpers';

const withNotes = { company: company(), now: NOW_AFTER_INTERVIEW };

// A thank-you that could follow any interview at all.
const VAGUE = `Dear Priya,

Thank you for taking the time to meet with me yesterday. I enjoyed learning more about the role and the company, and it was great to hear about the team.

I believe my skills would make me a strong addition, and I remain very interested in the Product Analyst position.

Best regards,
Jordan Avery
jordan.avery@example.net`;

describe('specific-detail', () => {
  describe('without notes', () => {
    it('passes the reference letter', () => {
      expect(finding('specific-detail', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('passes "our conversation about" a concrete topic (warehouse supervisor)', () => {
      const body = `Dear Mr. Okafor,

Thank you for the tour of the Reno distribution centre on Tuesday. Our conversation about cutting dock-to-stock time during the holiday peak has stayed with me, and I have already sketched how I would stagger the inbound waves.

I remain very interested in the Shift Supervisor role and look forward to hearing from you.

Sincerely,
Grace Liu
grace.liu@example.com`;
      const d = draft(body, { subject: 'Thank you – Shift Supervisor interview', to: [{ name: 'Ben Okafor', address: 'ben.okafor@relaylogistics.com' }] });
      expect(finding('specific-detail', d, undefined, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('passes "when you described" a remark (UX researcher)', () => {
      const body = `Hi Mei,

Thank you for speaking with me this morning. When you described how the onboarding survey keeps missing users who quit on day one, I thought of the exit-intercept study I ran at Fable.

I would love to help your team hear from those users, and I look forward to the next steps.

Kind regards,
Oskar Lind
oskar.lind@example.com`;
      expect(finding('specific-detail', draft(body, { subject: 'Thank you – UX Researcher interview' }), undefined, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('passes a named project in a short note', () => {
      const body = `Dear Mr. Adeyemi,

Thank you for showing me the plans for the Harbourside library project. It was a pleasure to meet the studio, and I left inspired.

With appreciation,
Naomi Park`;
      expect(finding('specific-detail', draft(body, { subject: '' }), undefined, { kind: 'note' }).status).toBe('pass');
    });

    it('fails a letter that names only the role and the company, as an error for a thank-you', () => {
      const f = finding('specific-detail', draft(VAGUE), { company: company({ interviews: [] }) }, { kind: 'thank-you' });
      expect(f.status).toBe('fail');
      expect(f.severity).toBe('error');
      expect(f.message).toMatch(/topic|project|remark/i);
    });

    it('does not count the job title as a topic ("learning about the Product Analyst role"), and underlines the vague phrase', () => {
      const body = VAGUE.replace('learning more about the role and the company', 'learning about the Product Analyst role at Lumenworks');
      const f = finding('specific-detail', draft(body), { company: company({ interviews: [] }) }, { kind: 'thank-you' });
      expect(f.status).toBe('fail');
      expect(body.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toContain('learning about the Product Analyst role at Lumenworks');
      expect(f.message).toContain('could follow any interview');
    });

    it('is only a warning for a follow-up', () => {
      const body = `Dear Priya,

I hope you are well. I wanted to follow up on my interview for the Product Analyst position and ask whether there is any news. I am still very interested and would be glad to provide anything else you need.

Thank you for your time,
Jordan Avery
jordan.avery@example.net`;
      const f = finding('specific-detail', draft(body, { subject: 'Following up – Product Analyst interview' }), undefined, { kind: 'follow-up' });
      expect(f.status).toBe('fail');
      expect(f.severity).toBe('warning');
    });

    it('does not apply to a withdrawal', () => {
      expect(finding('specific-detail', draft(VAGUE), undefined, { kind: 'withdrawal' }).status).toBe('n/a');
    });
  });

  it('fails a letter whose only "detail" is the job title and the employer (domain from the recipient)', () => {
    const body = `Dear Ms. Lee,

Thank you for taking the time to speak with me about the Marketing Manager position at Acme Foods. I enjoyed learning more about the role, and it was great to hear about the team and the work you are doing.

Sincerely,
Pat Kim
pat.kim@example.com`;
    const d = draft(body, { subject: 'Thank you – Marketing Manager interview', to: [{ name: 'Sue Lee', address: 'sue.lee@acmefoods.com' }] });
    expect(finding('specific-detail', d, undefined, { kind: 'thank-you' }).status).toBe('fail');
  });

  describe('with notes', () => {
    it('passes when a saved topic is mentioned in another form', () => {
      const body = VAGUE.replace('it was great to hear about the team', 'I keep thinking about how you plan to redesign the churn dashboard');
      expect(finding('specific-detail', draft(body), withNotes, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('passes when a saved challenge is mentioned', () => {
      const body = VAGUE.replace('it was great to hear about the team', 'the billing data split across two warehouses sounds like a puzzle I would enjoy');
      expect(finding('specific-detail', draft(body), withNotes, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('fails when the letter mentions none of the saved topics, and names one to add', () => {
      const f = finding('specific-detail', draft(VAGUE), withNotes, { kind: 'thank-you' });
      expect(f.status).toBe('fail');
      expect(f.severity).toBe('error');
      expect(f.message).toContain('churn dashboard redesign');
    });

    it('follows the rulebook with notes: a concrete detail not in the notes does not count', () => {
      const body = VAGUE.replace('it was great to hear about the team', 'our conversation about the Tableau licence renewal was useful');
      expect(finding('specific-detail', draft(body), withNotes, { kind: 'thank-you' }).status).toBe('fail');
    });

    it('falls back to the wording when the saved interview has no topics or challenges', () => {
      const empty = { company: company({ interviews: [interview({ topics: [], challenges: [] })] }), now: NOW_AFTER_INTERVIEW };
      expect(finding('specific-detail', draft(GOOD_THANK_YOU), empty, { kind: 'thank-you' }).status).toBe('pass');
      expect(finding('specific-detail', draft(VAGUE), empty, { kind: 'thank-you' }).status).toBe('fail');
    });
  });
});
