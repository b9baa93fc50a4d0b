/**
 * THE KEY TEST: every built-in template, filled from realistic notes, passes every error
 * and warning rule of its kind, with the real speller and a context in which timing and
 * recipients are right.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft, KINDS, type CheckContext, type Draft, type Kind, type Speller } from '@/lib/guidelines';
import { LENGTH_BANDS } from '@/lib/guidelines/rules/length';
import { loadSpellerNode } from '@/lib/guidelines/spelling/load-node';
import type { CompanyRecord, Interviewer, SentFollowUp } from '@/lib/notes/types';
import { BUILTIN_TEMPLATES, builtinTemplate, builtinTemplatesFor } from '@/lib/templates/builtin';
import { fillTemplate, valuesFromNotes } from '@/lib/templates/placeholders';
import { isPlaceholderName, type Template } from '@/lib/templates/types';
import {
  daniel,
  followUpLog,
  FOLLOW_UP_AT,
  graham,
  harbourline,
  lindqvist,
  meiLing,
  okafor,
  PANEL_AT,
  PHONE_SCREEN_AT,
  PLANNER_AT,
  profile,
  profile2,
  recipient,
  thankYouLog,
  tollgate,
} from './sample-notes';

const hoursAfter = (iso: string, h: number) => new Date(new Date(iso).getTime() + h * 3600_000);

interface Scenario {
  company: CompanyRecord;
  now: Date;
  to: Interviewer;
}

/** Where each kind is sent from: a moment that suits its timing, and the right recipient. */
const BY_KIND: Record<Kind, () => Scenario> = {
  // Within a day of the panel, to one interviewer.
  'thank-you': () => ({ company: harbourline(), now: hoursAfter(PANEL_AT, 20), to: meiLing }),
  // A card, two days after.
  note: () => ({ company: harbourline(), now: hoursAfter(PANEL_AT, 48), to: meiLing }),
  // The decision date (20 March) has passed; to the lead.
  'follow-up': () => ({ company: harbourline(), now: new Date('2026-03-23T10:00:00Z'), to: daniel }),
  // Eight days after the logged follow-up; to the most senior.
  'second-follow-up': () => ({ company: harbourline({ followUps: [followUpLog] }), now: hoursAfter(FOLLOW_UP_AT, 8 * 24), to: graham }),
  update: () => ({ company: harbourline(), now: new Date('2026-03-16T10:00:00Z'), to: daniel }),
  withdrawal: () => ({ company: harbourline(), now: new Date('2026-03-18T10:00:00Z'), to: daniel }),
};

/** Templates written for a particular moment or person. */
const BY_TEMPLATE: Record<string, () => Scenario> = {
  // The phone screen: the day after it, to the hiring manager who held it.
  'thank-you-phone-screen': () => ({ company: harbourline(), now: hoursAfter(PHONE_SCREEN_AT, 18), to: daniel }),
  'thank-you-final-round': () => ({ company: harbourline(), now: hoursAfter(PANEL_AT, 20), to: graham }),
};

const scenarioFor = (t: Template): Scenario => (BY_TEMPLATE[t.id] ?? BY_KIND[t.kind])();

function draftFor(t: Template, s: Scenario) {
  const values = valuesFromNotes(s.company, profile, { now: s.now, recipients: [recipient(s.to)], timeZone: 'America/Los_Angeles' });
  const filled = fillTemplate(t, values);
  const draft: Draft = {
    subject: filled.subject,
    from: { name: profile.name, address: profile.email! },
    to: [recipient(s.to)],
    cc: [],
    bodyText: filled.text,
  };
  const context: CheckContext = { company: s.company, now: s.now, profile };
  return { filled, draft, context };
}

let speller: Speller;
beforeAll(async () => {
  speller = await loadSpellerNode();
});

describe('the built-in library', () => {
  it('covers every kind, with more than one template per kind', () => {
    for (const kind of KINDS) expect(builtinTemplatesFor(kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  it('has unique ids, a title, a one-line situation, a subject and a body; only known placeholders', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILTIN_TEMPLATES) {
      expect(builtinTemplate(t.id)).toBe(t);
      expect(t.title.trim(), t.id).not.toBe('');
      expect(t.situation, t.id).not.toMatch(/\n/);
      expect(t.subject.trim(), t.id).not.toBe('');
      const names = [...`${t.subject}\n${t.body}`.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]!);
      for (const n of names) expect(isPlaceholderName(n), `${t.id}: {{${n}}}`).toBe(true);
      // No other marker that the placeholders rule would flag once filled.
      expect(t.body.replace(/\{\{[^{}]+\}\}/g, ''), t.id).not.toMatch(/[[\]{}<>]|XX|___/);
    }
  });
});

describe('every built-in template, filled from the notes, passes every error and warning rule of its kind', () => {
  for (const t of BUILTIN_TEMPLATES) {
    it(`${t.id} (${t.kind})`, () => {
      const s = scenarioFor(t);
      const { filled, draft, context } = draftFor(t, s);
      expect(filled.unfilled, `${t.id} left placeholders unfilled`).toEqual([]);
      const result = checkDraft(draft, context, { kind: t.kind, speller });
      const failing = result.findings.filter((f) => f.status === 'fail' && (f.severity === 'error' || f.severity === 'warning'));
      const report = failing.map((f) => `  ${f.rule} [${f.severity}]: ${f.message}`).join('\n');
      expect(failing, `${t.id} fails:\n${report}\n--- subject: ${draft.subject}\n${draft.bodyText}`).toEqual([]);
      // The rules that need notes really ran (they are not quietly n/a).
      const ran = (id: string) => result.findings.find((f) => f.rule === id)!.status;
      expect(ran('name-accuracy')).toBe('pass');
      expect(ran('timing')).toBe('pass');
      expect(ran('spelling')).toBe('pass');
      if (t.kind !== 'update' && t.kind !== 'withdrawal') expect(ran('recipient-choice')).toBe('pass');
      const words = Number(/^(\d+) words/.exec(result.findings.find((f) => f.rule === 'length')!.message)?.[1]);
      expect(words).toBeGreaterThanOrEqual(LENGTH_BANDS[t.kind].min);
      // Tips are optional, but sentences stay readable.
      expect(ran('sentence-length')).toBe('pass');
      expect(result.score, `${t.id} scores ${result.score}`).toBeGreaterThanOrEqual(90);
    });
  }
});

describe('the check above has teeth', () => {
  it('a template filled without notes fails on its placeholders, and one without thanks fails gratitude', () => {
    const t = builtinTemplate('thank-you-panel')!;
    const s = scenarioFor(t);
    const bare = fillTemplate(t, {});
    const result = checkDraft({ subject: bare.subject, to: [recipient(s.to)], cc: [], bodyText: bare.text }, { company: s.company, now: s.now }, { kind: t.kind, speller });
    expect(result.findings.find((f) => f.rule === 'placeholders')!.status).toBe('fail');
    const { draft, context } = draftFor(t, s);
    const thankless = { ...draft, subject: 'Our talk at Harbourline', bodyText: draft.bodyText.replace(/Thank you for being part of/, 'I was glad you joined').replace('I appreciated', 'I noted') };
    const r2 = checkDraft(thankless, context, { kind: t.kind, speller });
    expect(r2.findings.find((f) => f.rule === 'gratitude')!.status).toBe('fail');
  });
});

describe('the templates are not tuned to one set of notes', () => {
  const after = (h: number) => hoursAfter(PLANNER_AT, h);
  const followUp: SentFollowUp = { ...followUpLog, sentAt: '2026-05-25T08:00:00Z', to: [okafor.email!] };
  const scenario: Record<Kind, () => Scenario> = {
    'thank-you': () => ({ company: tollgate(), now: after(6), to: lindqvist }),
    note: () => ({ company: tollgate(), now: after(70), to: lindqvist }),
    'follow-up': () => ({ company: tollgate(), now: new Date('2026-05-26T09:00:00Z'), to: okafor }),
    'second-follow-up': () => ({ company: tollgate({ followUps: [followUp] }), now: new Date('2026-06-02T09:00:00Z'), to: okafor }),
    update: () => ({ company: tollgate(), now: after(100), to: okafor }),
    withdrawal: () => ({ company: tollgate(), now: after(200), to: okafor }),
  };
  for (const t of BUILTIN_TEMPLATES) {
    it(`${t.id} with other notes`, () => {
      const s = scenario[t.kind]();
      const values = valuesFromNotes(s.company, profile2, { now: s.now, recipients: [recipient(s.to)], timeZone: 'Europe/London' });
      const filled = fillTemplate(t, values);
      expect(filled.unfilled).toEqual([]);
      const draft: Draft = { subject: filled.subject, to: [recipient(s.to)], cc: [], bodyText: filled.text };
      const result = checkDraft(draft, { company: s.company, now: s.now, profile: profile2 }, { kind: t.kind, speller });
      const failing = result.findings.filter((f) => f.status === 'fail' && f.severity !== 'tip');
      expect(failing, `${t.id}:\n${failing.map((f) => `  ${f.rule}: ${f.message}`).join('\n')}\n${draft.bodyText}`).toEqual([]);
    });
  }
});

describe('a panel: one letter per interviewer', () => {
  it('two different templates to two panelists pass unique-per-interviewer once the first is logged', () => {
    const first = draftFor(builtinTemplate('thank-you-panel')!, { ...BY_KIND['thank-you'](), to: meiLing });
    const company = harbourline({ followUps: [thankYouLog(meiLing, first.draft.bodyText, hoursAfter(PANEL_AT, 19).toISOString())] });
    const second = draftFor(builtinTemplate('thank-you-final-round')!, { company, now: hoursAfter(PANEL_AT, 20), to: graham });
    const r = checkDraft(second.draft, second.context, { kind: 'thank-you', speller });
    expect(r.findings.find((f) => f.rule === 'unique-per-interviewer')!.status).toBe('pass');
  });

  it('the same template filled for a second panelist is flagged as a near-copy (the user must make it their own)', () => {
    const t = builtinTemplate('thank-you-panel')!;
    const first = draftFor(t, { ...BY_KIND['thank-you'](), to: meiLing });
    const company = harbourline({ followUps: [thankYouLog(meiLing, first.draft.bodyText, hoursAfter(PANEL_AT, 19).toISOString())] });
    const second = draftFor(t, { company, now: hoursAfter(PANEL_AT, 20), to: graham });
    const r = checkDraft(second.draft, second.context, { kind: 'thank-you', speller });
    expect(r.findings.find((f) => f.rule === 'unique-per-interviewer')!.status).toBe('fail');
  });
});
