/**
 * THE KEY TEST: every built-in template, filled from realistic notes, passes every error
 * and warning rule of its kind, with the real speller and a context in which timing and
 * recipients are right. One exception, by design: value-recap (tie something you did to
 * their need) passes only when the letter carries the candidate's own concrete note (the
 * `wish` slot, filled); a template without that slot, or notes without a wish, must fail it
 * and name the saved challenge, so the checker tells the user what to add.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft, KINDS, type CheckContext, type Draft, type Kind, type Speller } from '@/lib/core/guidelines';
import { LENGTH_BANDS } from '@/lib/core/guidelines/rules/length';
import { loadSpellerNode } from '@/lib/platform/spelling/load-node';
import type { CompanyRecord, Interviewer, SentFollowUp } from '@/lib/core/notes/types';
import { BUILTIN_TEMPLATES, builtinTemplate, builtinTemplatesFor } from '@/lib/core/templates/builtin';
import { fillTemplate, valuesFromNotes } from '@/lib/core/templates/placeholders';
import { isPlaceholderName, type Template } from '@/lib/core/templates/types';
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

/** The kinds value-recap judges. */
const VALUE_KINDS: readonly Kind[] = ['thank-you', 'follow-up', 'second-follow-up'];
const hasWishSlot = (t: Template) => /\{\{\s*wish\s*\}\}/.test(t.body);
/**
 * Templates of those kinds with no value sentence, on purpose: a first-call thank-you must fill
 * completely from notes that hold only a topic and a challenge (a phone screen seldom leaves a
 * "wish I had said"), so it names the challenge and leaves the tie to the user, whom the
 * checker then asks for it. Every other one ties the wish to the challenge.
 */
const NO_VALUE_SENTENCE = new Set(['thank-you-phone-screen']);

type Finding = ReturnType<typeof checkDraft>['findings'][number];

/**
 * value-recap on a filled template: a pass exactly when the letter holds the user's wish (the
 * template has the slot and the notes fill it); otherwise a fail whose message names the saved
 * challenge. Every wish in the sample notes names concrete work, so this is the right verdict.
 */
function expectValueRecap(t: Template, findings: readonly Finding[], values: { wish?: string; challenge?: string }) {
  const f = findings.find((x) => x.rule === 'value-recap')!;
  if (!VALUE_KINDS.includes(t.kind)) {
    expect(f.status, t.id).toBe('n/a');
    return;
  }
  if (hasWishSlot(t) && values.wish !== undefined) {
    expect(f.status, `${t.id}: ${f.message}`).toBe('pass');
    expect(f.message).toContain(`"${values.challenge!}"`);
  } else {
    expect(f.status, `${t.id} ties nothing of the candidate's, so value-recap must fail`).toBe('fail');
    expect(f.message, t.id).toContain(`"${values.challenge!}"`);
  }
}

/** The failing errors and warnings, value-recap aside (see `expectValueRecap`). */
const failingBesidesValueRecap = (findings: readonly Finding[], severities: readonly string[]) =>
  findings.filter((f) => f.status === 'fail' && severities.includes(f.severity) && f.rule !== 'value-recap');

/** The slots that carry something of the candidate's own (the rest is the employer's side or logistics). */
const OWN_SLOTS = ['news', 'wish'] as const;
const ownSlotsOf = (t: Template) => OWN_SLOTS.filter((n) => new RegExp(`\\{\\{\\s*${n}\\s*\\}\\}`).test(t.body));

/** The notes with nothing of the candidate's own: no "what I wish I had said", no news. */
const withoutOwnNotes = (company: CompanyRecord): CompanyRecord => ({
  ...company,
  interviews: company.interviews.map((iv) => ({ ...iv, wishISaid: [], news: [] })),
});

function draftFor(t: Template, s: Scenario, typed: Record<string, string> = {}) {
  const values = { ...valuesFromNotes(s.company, profile, { now: s.now, recipients: [recipient(s.to)], timeZone: 'America/Los_Angeles' }), ...typed };
  const filled = fillTemplate(t, values);
  const draft: Draft = {
    subject: filled.subject,
    from: { name: profile.name, address: profile.email! },
    to: [recipient(s.to)],
    cc: [],
    bodyText: filled.text,
  };
  const context: CheckContext = { company: s.company, now: s.now, profile };
  return { filled, draft, context, values };
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
      const { filled, draft, context, values } = draftFor(t, s);
      expect(filled.unfilled, `${t.id} left placeholders unfilled`).toEqual([]);
      const result = checkDraft(draft, context, { kind: t.kind, speller });
      const failing = failingBesidesValueRecap(result.findings, ['error', 'warning']);
      const report = failing.map((f) => `  ${f.rule} [${f.severity}]: ${f.message}`).join('\n');
      expect(failing, `${t.id} fails:\n${report}\n--- subject: ${draft.subject}\n${draft.bodyText}`).toEqual([]);
      expectValueRecap(t, result.findings, values);
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
    const thankless = {
      ...draft,
      subject: 'Our talk at Harbourline',
      bodyText: draft.bodyText.replace(/Thank you for being part of/, 'I was glad you joined').replace('I appreciated', 'I noted'),
    };
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
      const failing = failingBesidesValueRecap(result.findings, ['error', 'warning']);
      expect(failing, `${t.id}:\n${failing.map((f) => `  ${f.rule}: ${f.message}`).join('\n')}\n${draft.bodyText}`).toEqual([]);
      expectValueRecap(t, result.findings, values);
    });
  }
});

describe("the value sentence stands on the candidate's own notes", () => {
  const wishTemplates = BUILTIN_TEMPLATES.filter(hasWishSlot);

  it('every template of the kinds value-recap judges has a slot for the wish, but the one kept without a value sentence', () => {
    for (const t of BUILTIN_TEMPLATES) {
      if (VALUE_KINDS.includes(t.kind)) expect(hasWishSlot(t), t.id).toBe(!NO_VALUE_SENTENCE.has(t.id));
    }
    for (const kind of VALUE_KINDS)
      expect(
        wishTemplates.some((t) => t.kind === kind),
        kind,
      ).toBe(true);
  });

  for (const t of wishTemplates) {
    it(`${t.id}: notes that name no work of the candidate's leave value-recap failing (the template text ties nothing by itself)`, () => {
      const s = scenarioFor(t);
      const vague = { wish: 'my enthusiasm for the role', news: 'I have been reading a lot about the field' };
      const { draft, context, values } = draftFor(t, s, vague);
      expect(draft.bodyText).toContain(vague.wish);
      const f = checkDraft(draft, context, { kind: t.kind, speller }).findings.find((x) => x.rule === 'value-recap')!;
      expect(f.status).toBe('fail');
      expect(f.message).toContain(`"${values.challenge!}"`);
    });

    it(`${t.id}: with nothing of the candidate's in the notes, the blank stays visible, the checker asks for a tie to the saved challenge, and typed answers complete the letter`, () => {
      const s = { ...scenarioFor(t), company: withoutOwnNotes(scenarioFor(t).company) };
      const bare = draftFor(t, s);
      // The sidebar lists them under "Missing from your notes"; inserted with blanks, they stay as {{wish}} etc.
      expect([...bare.filled.unfilled].sort()).toEqual(ownSlotsOf(t));
      expect(bare.draft.bodyText).toContain('{{wish}}');
      const before = checkDraft(bare.draft, bare.context, { kind: t.kind, speller });
      const rule = (id: string) => before.findings.find((f) => f.rule === id)!;
      expect(rule('placeholders').status).toBe('fail');
      // It quotes the first marker left in the text.
      expect(rule('placeholders').message).toContain(`"{{${bare.filled.unfilled[0]!}}}"`);
      // The blank is not read as the candidate's work.
      expect(rule('value-recap').status).toBe('fail');
      expect(rule('value-recap').message).toContain(`"${bare.values.challenge!}"`);
      // Nothing else fails, but a blank where the news goes is no news (something-new).
      const expected = ownSlotsOf(t).includes('news') ? ['placeholders', 'something-new'] : ['placeholders'];
      expect(
        failingBesidesValueRecap(before.findings, ['error', 'warning'])
          .map((f) => f.rule)
          .sort(),
      ).toEqual(expected);

      // What a user types into the blanks: a phrase naming work of theirs (and, where asked, news).
      const typed = draftFor(t, s, { wish: 'the handoff checklist I wrote for the sales team at my last job', news: 'I finished a course on customer health scores last week' });
      expect(typed.filled.unfilled).toEqual([]);
      const after = checkDraft(typed.draft, typed.context, { kind: t.kind, speller });
      expect(failingBesidesValueRecap(after.findings, ['error', 'warning'])).toEqual([]);
      expectValueRecap(t, after.findings, typed.values);
      expect(after.score).toBeGreaterThanOrEqual(90);
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
