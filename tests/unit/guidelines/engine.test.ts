import { describe, expect, it } from 'vitest';
import { checkDraft, RULE_IDS, RULES, KINDS, type Finding } from '@/lib/core/guidelines';
import { company, draft, GOOD_THANK_YOU, NOW_AFTER_INTERVIEW } from './helpers';

describe('checkDraft', () => {
  it('reports every rule of the rulebook exactly once, in order', () => {
    const result = checkDraft(draft(GOOD_THANK_YOU));
    expect(result.findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('scores 100 less 15 per error, 6 per warning and 2 per tip, never below 0', () => {
    const result = checkDraft(draft('hey'));
    const cost = { error: 15, warning: 6, tip: 2 } as const;
    const expected = Math.max(0, 100 - result.findings.filter((f) => f.status === 'fail').reduce((s, f) => s + cost[f.severity], 0));
    expect(result.score).toBe(expected);
    expect(result.score).toBeLessThan(60);
    expect(checkDraft(draft('')).score).toBeGreaterThanOrEqual(0);
  });

  it('gives a strong thank-you a high score and no error', () => {
    const result = checkDraft(draft(GOOD_THANK_YOU), { company: company(), now: NOW_AFTER_INTERVIEW });
    const failed = result.findings.filter((f) => f.status === 'fail');
    expect(result.kind).toBe('thank-you');
    expect(failed.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(90);
  });

  it('marks context rules n/a without notes, and decides them with notes', () => {
    const contextRules = ['name-accuracy', 'timing', 'recipient-choice', 'unique-per-interviewer', 'address-concern'] as const;
    const without = checkDraft(draft(GOOD_THANK_YOU));
    for (const id of contextRules) expect(without.findings.find((f) => f.rule === id)?.status, id).toBe('n/a');
    // A thank-you already logged for another interviewer gives unique-per-interviewer something to compare.
    const logged = {
      id: 'f0',
      kind: 'thank-you' as const,
      sentAt: '2026-11-10T20:00:00Z',
      to: ['tomas.ekwueme@lumenworks.com'],
      subject: 'Thank you',
      bodyText: 'Dear Tomás, thank you for the walkthrough of the warehouse.',
    };
    const withNotes = checkDraft(draft(GOOD_THANK_YOU), { company: company({ followUps: [logged] }), now: NOW_AFTER_INTERVIEW });
    for (const id of ['name-accuracy', 'timing', 'recipient-choice', 'unique-per-interviewer', 'address-concern'] as const)
      expect(withNotes.findings.find((f) => f.rule === id)?.status, id).not.toBe('n/a');
  });

  it('lets the caller force a kind, and reports rules outside it as n/a', () => {
    const result = checkDraft(draft(GOOD_THANK_YOU), undefined, { kind: 'withdrawal' });
    expect(result.kind).toBe('withdrawal');
    expect(result.kindSource).toBe('forced');
    expect(result.findings.find((f) => f.rule === 'door-open')?.status).not.toBe('n/a');
    expect(result.findings.find((f) => f.rule === 'specific-detail')?.status).toBe('n/a');
    for (const kind of KINDS) expect(checkDraft(draft(GOOD_THANK_YOU), undefined, { kind }).kind).toBe(kind);
  });

  it('reports a muted rule as n/a and does not score it', () => {
    const body = 'Hi Priya,\n\nThanks for the interview!!! It was AWESOME lol.\n\nCheers,\nJordan';
    const loud = checkDraft(draft(body));
    const muted = checkDraft(draft(body), undefined, { muted: ['casual-language'] });
    expect(loud.findings.find((f) => f.rule === 'casual-language')?.status).toBe('fail');
    expect(muted.findings.find((f) => f.rule === 'casual-language')?.status).toBe('n/a');
    expect(muted.score).toBe(loud.score + 6);
  });

  it('does not judge the English wording of a draft in another language', () => {
    const body = `Estimada Sra. Romero:\n\nMuchas gracias por la entrevista de ayer para el puesto de analista. Fue un placer conocer al equipo y conversar sobre la migración de los datos de facturación.\n\nAtentamente,\nLucía Fernández\nlucia@example.es`;
    const result = checkDraft(draft(body, { subject: 'Gracias por la entrevista' }));
    expect(result.language).toBe('other');
    const byRule = new Map<string, Finding>(result.findings.map((f) => [f.rule, f]));
    for (const id of ['gratitude', 'enthusiasm', 'spelling', 'casual-language', 'needy-tone'] as const) expect(byRule.get(id)?.status, id).toBe('n/a');
    // Structural rules still apply.
    expect(byRule.get('length')?.status).not.toBe('n/a');
  });

  it('returns well-formed findings: ranges inside their field', () => {
    const d = draft('hey priya, thx for teh [Interview Date] chat!!! i think i did ok lol\n\ncheers');
    const result = checkDraft(d);
    for (const f of result.findings) {
      expect(['pass', 'fail', 'n/a']).toContain(f.status);
      expect(['error', 'warning', 'tip']).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(0);
      for (const r of f.ranges) {
        const text = r.field === 'subject' ? d.subject : d.bodyText;
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThan(r.start);
        expect(r.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('ignores the quoted history when judging the reply', () => {
    const body = `Hi Priya,\n\nThank you again for the update on the timeline. I remain very interested in the Product Analyst role and I am happy to wait for the team's decision.\n\nBest regards,\nJordan Avery\njordan.avery@example.net\n\nOn Mon, Nov 16, 2026 at 9:14 AM Priya Raman <priya.raman@lumenworks.com> wrote:\n> hey Jordan, gonna need another week lol, sorry!!!`;
    const result = checkDraft(draft(body, { subject: 'Re: Product Analyst timeline' }));
    expect(result.findings.find((f) => f.rule === 'casual-language')?.status).toBe('pass');
  });
});
