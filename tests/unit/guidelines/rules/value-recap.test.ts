import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU, NOW_AFTER_INTERVIEW } from '../helpers';

const withNotes = { company: company(), now: NOW_AFTER_INTERVIEW };

const wrap = (middle: string, greeting = 'Dear Priya,') => `${greeting}

Thank you for speaking with me yesterday about the Product Analyst role.

${middle}

I look forward to hearing from you.

Best regards,
Jordan Avery
jordan.avery@example.net`;

describe('value-recap', () => {
  describe('without notes', () => {
    it('passes a sentence that ties a result to their need (payroll specialist)', () => {
      const body = wrap(
        'At Corbel Foods I moved 900 hourly staff onto a new payroll system without a single missed payday. That experience would help your team as you bring the two acquired plants onto one payroll next spring.',
        'Dear Ms. Haddad,',
      );
      expect(finding('value-recap', draft(body, { subject: 'Thank you – Payroll Specialist interview' }), undefined, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('passes "my background ... aligns with the goals you described" in a follow-up', () => {
      const body = wrap('I am still very interested, and my background growing a newsletter from 2,000 to 40,000 readers aligns closely with the audience goals you described.');
      expect(finding('value-recap', draft(body, { subject: 'Following up – Marketing Coordinator' }), undefined, { kind: 'follow-up' }).status).toBe('pass');
    });

    it('passes when the need is named in the sentence before ("map onto it")', () => {
      const body = wrap(
        'Your description of the ticket backlog that piles up every Monday was a great puzzle. A few things from my time at Parcelpoint map onto it: I rebuilt our queue and wrote the on-call runbook.',
      );
      expect(finding('value-recap', draft(body), undefined, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('fails a bare list of skills that never reaches their needs', () => {
      const body = wrap('I have strong skills in SQL, Python and Tableau. I am a quick learner and a good communicator, and I enjoy working with data.');
      const f = finding('value-recap', draft(body), undefined, { kind: 'thank-you' });
      expect(f.status).toBe('fail');
      expect(f.severity).toBe('warning');
      expect(f.message).toMatch(/need|problem/i);
    });

    it('does not take a closing offer for a value recap', () => {
      const body = wrap('Please let me know if I can help with anything else you need from me.');
      expect(finding('value-recap', draft(body), undefined, { kind: 'thank-you' }).status).toBe('fail');
    });

    it('does not apply to a note or a withdrawal', () => {
      expect(finding('value-recap', draft(wrap('It was a pleasure.')), undefined, { kind: 'note' }).status).toBe('n/a');
      expect(finding('value-recap', draft(wrap('It was a pleasure.')), undefined, { kind: 'withdrawal' }).status).toBe('n/a');
    });
  });

  describe('with notes', () => {
    it('passes the reference letter, which ties its experience to the saved billing challenge', () => {
      expect(finding('value-recap', draft(GOOD_THANK_YOU), withNotes, { kind: 'thank-you' }).status).toBe('pass');
    });

    it('fails a tie to their team that ignores every saved challenge, and names one', () => {
      const body = wrap('My experience leading a small analytics team would help your group present its results more clearly to executives.');
      const f = finding('value-recap', draft(body), withNotes, { kind: 'thank-you' });
      expect(f.status).toBe('fail');
      expect(f.message).toContain('reconciling billing data across two warehouses');
      // It points at the sentence that makes the generic tie.
      expect(f.ranges).toHaveLength(1);
      expect(body.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toMatch(/^My experience leading/);
    });

    it('passes a tie that names the saved challenge in its own sentence', () => {
      const body = wrap('I spent last year reconciling billing data between two warehouses at Fernhill, and I would bring that experience straight to your team.');
      expect(finding('value-recap', draft(body), withNotes, { kind: 'thank-you' }).status).toBe('pass');
    });
  });
});
