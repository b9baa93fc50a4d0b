// The card's fixes, with a stand-in underline layer (happy-dom has no highlight registry): a fix
// is offered only when well-formed, applied only on a real click or key press, over the
// underlined words, and refused when typing has moved them. Real browsers: tests/e2e/one-click-fixes.test.mjs.
import { afterEach, describe, expect, it } from 'vitest';
import { attachFindingCard } from '@/lib/app/content/finding-card';
import { CONTENT_VIEWS } from '@/components/badge/views';
import type { Underline, UnderlineLayer } from '@/lib/app/content/underlines';
import type { BodyMark } from '@/lib/platform/messaging/protocol';

afterEach(() => document.body.replaceChildren());

function setUp(fixes: BodyMark['fixes']) {
  document.body.innerHTML = '<div id="root"><div id="b" contenteditable="true">Thank you for the the chat.</div></div>';
  const root = document.getElementById('root')!;
  const body = document.getElementById('b')!;
  const range = document.createRange();
  range.setStart(body.firstChild!, 14);
  range.setEnd(body.firstChild!, 21);
  const underline: Underline = { mark: { rule: 'spelling', severity: 'error', start: 14, end: 21, fixes }, range, words: 'the the' };
  const removed: Underline[] = [];
  const layer = { remove: (u: Underline) => removed.push(u), after: () => underline, next: () => underline, at: () => underline } as unknown as UnderlineLayer;
  const applied: { text: string; replacement: string }[] = [];
  const life = new AbortController();
  const card = attachFindingCard(
    {
      view: CONTENT_VIEWS.card,
      root,
      bodyOf: () => body,
      layer,
      details: () => ({ spelling: { title: 'Proofread', why: 'Why.', message: 'A doubled word.' } }),
      ignore: () => undefined,
      muteRule: () => undefined,
      applyFix: (r, replacement) => applied.push({ text: r.toString(), replacement }),
    },
    life.signal,
  );
  // Opened as a click on the words opens it.
  const caret = document.createRange();
  caret.setStart(body.firstChild!, 16);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(caret);
  body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  return { card, body, applied, removed };
}

const FIX = { label: 'Remove the repeated word', replacement: 'the' };

describe('fixes on the card', () => {
  it('are applied over the underlined words on a real click, and close the card', () => {
    const { card, applied, removed } = setUp([FIX]);
    expect(card.open.value?.fixes).toEqual([FIX]);
    card.fix(0, false);
    expect(applied).toEqual([]);
    card.fix(0, true);
    expect(applied).toEqual([{ text: 'the the', replacement: 'the' }]);
    expect(removed).toHaveLength(1);
    expect(card.open.value).toBeNull();
  });

  it('are refused when the words under the underline changed since the check', () => {
    const { card, body, applied } = setUp([FIX]);
    body.firstChild!.textContent = 'Thank you for the chat, all.';
    card.fix(0, true);
    expect(applied).toEqual([]);
  });

  it('are not offered when malformed', () => {
    const { card } = setUp([FIX, FIX, FIX, FIX]);
    expect(card.open.value?.fixes).toEqual([]);
  });
});
