// Linking an email from the sidebar saves what makes the next email to them match the company.
import { describe, expect, it } from 'vitest';
import { applyLink, linkPlan, planIsEmpty, suggestedCompanyName } from '@/lib/core/notes/link-email';
import { findCompanyForRecipients } from '@/lib/core/notes/records';
import { company, interview } from '../guidelines/helpers';

const NOW = new Date('2026-11-12T10:00:00Z');

describe('what linking an email saves', () => {
  it('a company address gives its domain (subdomains dropped) and a name to suggest', () => {
    const plan = linkPlan([{ name: 'Dana Reyes', address: 'Dana Reyes <dana@careers.harbourline.co.uk>' }]);
    expect(plan).toEqual({ domain: 'harbourline.co.uk', people: [] });
    expect(suggestedCompanyName(plan)).toBe('Harbourline');
  });

  it('a personal address is saved as the person, never as the provider’s domain', () => {
    const plan = linkPlan([{ name: 'Dana Reyes', address: 'dana.reyes@gmail.com' }, { address: 'DANA.REYES@gmail.com' }, { address: 'lee@outlook.co.uk' }]);
    expect(plan).toEqual({
      people: [
        { name: 'Dana Reyes', email: 'dana.reyes@gmail.com' },
        { name: 'lee@outlook.co.uk', email: 'lee@outlook.co.uk' },
      ],
    });
    expect(suggestedCompanyName(plan)).toBe('');
  });

  it('recipients without an address give nothing to link', () => {
    expect(planIsEmpty(linkPlan([{ address: 'Dana Reyes' }, { address: '' }]))).toBe(true);
  });
});

describe('the linked company', () => {
  it('gains the domain once, and the next email to that domain finds it', () => {
    const plan = linkPlan([{ address: 'dana@harbourline.com' }]);
    const before = company({ domains: ['lumenworks.com'] });
    expect(findCompanyForRecipients([before], [{ address: 'sam@harbourline.com' }])).toBeUndefined();
    const once = applyLink(before, plan, NOW);
    expect(applyLink(once, plan, NOW).domains).toEqual(['lumenworks.com', 'harbourline.com']);
    expect(findCompanyForRecipients([once], [{ address: 'sam@harbourline.com' }])?.id).toBe(before.id);
  });

  it('a person from a personal address joins the latest interview, and a saved name gains the address', () => {
    const older = interview({ id: 'old', at: '2026-10-01T10:00:00Z', interviewers: [] });
    const latest = interview({ id: 'new', at: '2026-11-10T14:00:00Z', interviewers: [{ id: 'p1', name: 'Dana Reyes' }] });
    const linked = applyLink(company({ interviews: [older, latest] }), linkPlan([{ name: 'dana reyes', address: 'dana.reyes@gmail.com' }]), NOW);
    expect(linked.interviews.map((iv) => iv.interviewers)).toEqual([[], [{ id: 'p1', name: 'Dana Reyes', email: 'dana.reyes@gmail.com' }]]);
    expect(findCompanyForRecipients([linked], [{ address: 'dana.reyes@gmail.com' }])?.id).toBe(linked.id);
    // Nothing about gmail.com is saved: another gmail user still matches nobody.
    expect(linked.domains).toEqual(['lumenworks.com']);
    expect(findCompanyForRecipients([linked], [{ address: 'someone.else@gmail.com' }])).toBeUndefined();
  });

  it('a company with no interview yet gets one to hold the person', () => {
    const linked = applyLink(company({ interviews: [] }), linkPlan([{ name: 'Lee Park', address: 'lee@yahoo.com' }]), NOW);
    expect(linked.interviews).toHaveLength(1);
    expect(linked.interviews[0]!.interviewers).toMatchObject([{ name: 'Lee Park', email: 'lee@yahoo.com' }]);
  });
});

describe('which recipients decide the plan', () => {
  it('the first company domain wins; a provider-like or bare host is never saved as one', () => {
    const plan = linkPlan([
      { address: 'x@localhost' },
      { address: 'hr@co.uk' },
      { name: '  Lee Park ', address: 'lee@hotmail.com' },
      { address: 'dana@harbourline.com' },
      { address: 'sam@lumenworks.com' },
    ]);
    expect(plan).toEqual({ domain: 'harbourline.com', people: [{ name: 'Lee Park', email: 'lee@hotmail.com' }] });
  });

  it('linking a person adds no note to the interview, only the person', () => {
    const before = company();
    const linked = applyLink(before, linkPlan([{ name: 'Lee Park', address: 'lee@yahoo.com' }]), NOW);
    const [was, now] = [before.interviews[0]!, linked.interviews[0]!];
    expect({ ...now, interviewers: was.interviewers }).toEqual(was);
    expect(now.interviewers.map((p) => p.name)).toEqual([...was.interviewers.map((p) => p.name), 'Lee Park']);
  });
});
