// @vitest-environment node
// The HTML-to-text converter on inputs of hundreds of kilobytes: no backtracking, no stack
// overflow. Kept apart from html-to-text.test.ts so mutation runs can leave these out
// (vitest.mutation.config.ts); `npm test` runs them.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/lib/app/cli/html-to-text';

/** Deepest list indent the shared converter draws (lib/dom/webmail/body-text.ts). */
const MAX_DRAWN_DEPTH = 20;

/**
 * Each case is seconds of work even on an idle machine (linkedom parses and the walk visits tens
 * of thousands of nested nodes); the timeout is only there to fail a hang (a backtracking pattern
 * or a runaway loop takes many minutes here), so it leaves room for a CI machine under load.
 */
const HANG = 120_000;

describe('htmlToText on large hostile input', () => {
  it(
    'runs in linear time on hostile input',
    () => {
      const hostile = [
        '<a>'.repeat(50_000),
        'x'.repeat(200_000),
        '<div>'.repeat(50_000),
        '<'.repeat(100_000),
        '<p title="'.repeat(20_000),
        '<script>'.repeat(10_000),
        '&'.repeat(100_000),
        ' '.repeat(100_000) + 'x',
      ].join('');
      // A backtracking pattern would hang here for minutes: the test's timeout is the guard.
      expect(typeof htmlToText(hostile)).toBe('string');
    },
    HANG,
  );

  it(
    'a mail quoted tens of thousands of levels deep converts (the history is cut; the walk keeps its own stack)',
    () => {
      // About 740 KB, as a long reply chain that each client wrapped in one more blockquote.
      const depth = 30_000;
      const html = `${'<blockquote><div>On Monday Dana wrote:</div>'.repeat(depth)}${'</blockquote>'.repeat(depth)}<p>Thanks, Sam</p>`;
      expect(html.length).toBeGreaterThan(700_000);
      const text = htmlToText(html);
      expect(text).toBe('Thanks, Sam');
      const divs = htmlToText(`${'<div>'.repeat(30_000)}deep${'</div>'.repeat(30_000)}`);
      expect(divs).toBe('deep');
      const lists = htmlToText(`${'<ul><li>item'.repeat(5_000)}${'</li></ul>'.repeat(5_000)}`);
      expect(lists.split('\n').every((l) => l.length <= 2 * MAX_DRAWN_DEPTH + 10)).toBe(true);
    },
    HANG,
  );
});
