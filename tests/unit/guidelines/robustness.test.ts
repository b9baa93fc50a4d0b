/**
 * Property tests: whatever arrives (empty, huge, binary junk, right-to-left text, emoji,
 * pathological punctuation), the engine returns a well-formed result and never throws.
 * A regular expression that backtracks catastrophically shows up here as a timeout.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkDraft as engineCheck, RULE_IDS, type CheckContext, type CheckResult, type Draft } from '@/lib/core/guidelines';
import { RULES } from '@/lib/core/guidelines/rules';
import { company } from './helpers';

/**
 * The engine turns a rule's exception into "could not run" for the user; here every
 * exception fails the test instead, naming the rule and the error.
 */
function checkDraft(d: Draft, context?: CheckContext): CheckResult {
  const thrown: string[] = [];
  const result = engineCheck(d, context, { onRuleError: (rule, error) => thrown.push(`${rule}: ${String(error)}`) });
  expect(thrown, 'no rule may throw').toEqual([]);
  return result;
}

function wellFormed(result: CheckResult, d: Draft) {
  expect(result.findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  for (const f of result.findings)
    for (const r of f.ranges) {
      const len = r.field === 'subject' ? d.subject.length : d.bodyText.length;
      expect(r.start >= 0 && r.end <= len && r.start < r.end).toBe(true);
    }
}

// Pieces that stress the tokenizer, the segmenter and the rules' patterns.
const nasty = fc.constantFrom(
  'Dear ',
  'Hi ',
  'thank you ',
  'Best regards,\n',
  '> ',
  'On Mon wrote:\n',
  '-- \n',
  '!!!',
  '???',
  '...',
  '…',
  '[',
  ']',
  '{{',
  '}}',
  '<',
  '>',
  '@',
  'a@b',
  'http://',
  'www.',
  '----',
  '____',
  ',,,,',
  '\n\n',
  '\r\n',
  '\t',
  '   ',
  'I ',
  'i ',
  'XX',
  'Company Name',
  '😀',
  '👩🏽‍💻',
  'مرحبا بكم ',
  'שלום ',
  '\u202e',
  '\u200b',
  '\u0000',
  '\uffff',
  '\ud800',
  'aaaaaaaaaaaaaaaaaaaaaaaa',
  '- ',
  '• ',
  '1. ',
  'Mr.',
  'e.g.',
  "'",
  '’',
  '-',
  'the the ',
  'SQL ',
  'LOL ',
);
const body = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(nasty, { maxLength: 120 }).map((xs) => xs.join('')),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((xs) => xs.join(' ')),
);
const recipient = fc.record({ name: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), address: fc.string({ maxLength: 40 }) });
const draftArb = fc.record({
  subject: fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.array(nasty, { maxLength: 20 }).map((x) => x.join('')),
  ),
  to: fc.array(recipient, { maxLength: 3 }),
  cc: fc.array(recipient, { maxLength: 2 }),
  bodyText: body,
});

describe('robustness', () => {
  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(draftArb, fc.boolean(), (d, withNotes) => {
        const result = checkDraft(d, withNotes ? { company: company(), now: '2026-11-12T10:00:00Z' } : undefined);
        wellFormed(result, d);
      }),
      { numRuns: 400 },
    );
  });

  it('fails when a rule throws, even though the user only sees "could not run"', () => {
    const rule = RULES.find((r) => r.id === 'gratitude')!;
    const spy = vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('bug in a rule');
    });
    try {
      const d: Draft = { subject: 'Thanks', to: [], cc: [], bodyText: 'Thank you for your time.' };
      expect(engineCheck(d).findings.find((f) => f.rule === 'gratitude')?.message).toBe('This check could not run on this draft.');
      expect(() => checkDraft(d)).toThrow(/gratitude: Error: bug in a rule/);
    } finally {
      spy.mockRestore();
    }
  });

  it('survives garbage in place of a draft and of the context', () => {
    const junk: unknown[] = [null, undefined, 42, 'text', [], { subject: 5, to: 'x', cc: [null, 3], bodyText: { a: 1 } }];
    for (const d of junk)
      for (const c of junk) {
        const result = checkDraft(d as Draft, c as never);
        expect(result.findings).toHaveLength(RULE_IDS.length);
      }
  });

  it('handles 1 MB of text, of several shapes, without hanging', () => {
    const shapes = [
      'word '.repeat(210_000),
      'a'.repeat(1_048_576),
      '!'.repeat(1_048_576),
      'Thank you for the chat about data pipelines. '.repeat(24_000).slice(0, 1_048_576),
      '.a'.repeat(524_288),
      'x@'.repeat(524_288),
      '\n'.repeat(1_048_576),
      '[{'.repeat(524_288),
      'I '.repeat(524_288),
      '😀 '.repeat(349_525),
      'aaaa-'.repeat(209_715),
    ];
    for (const text of shapes) {
      const d: Draft = { subject: text.slice(0, 2000), to: [], cc: [], bodyText: text };
      wellFormed(checkDraft(d, { company: company() }), d);
    }
  }, 120_000);

  // A long run of one character followed by a character that breaks a pattern is what turns
  // an innocent-looking `[...]+$` or `(a|b)*c` quadratic. Every such run must stay linear:
  // a quadratic pattern on 200,000 characters takes minutes and trips the timeout.
  it('stays linear on long runs of one character with a different one at either end', () => {
    const runs = '.!?,;:-_*\'"’()[]{}<>@#/\\ \n\taA1😀é'.split('').concat(['😀', ' x', 'a.', 'I ', 'On ', '> ', 'Hi ']);
    for (const unit of runs) {
      const run = unit.repeat(Math.ceil(200_000 / unit.length));
      for (const text of [run + 'x', 'x' + run, run + '.', run + '@b.com', run + ' wrote:']) {
        const d: Draft = { subject: text.slice(0, 5000), to: [], cc: [], bodyText: text };
        wellFormed(checkDraft(d, { company: company() }), d);
      }
    }
  }, 240_000);
});
