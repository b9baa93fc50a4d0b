// The card's actions that ask the background, with a stand-in underline layer: a placeholder
// filled from the notes (the value is asked for only on a real click, then goes over the words;
// no value leaves the words alone and the card says why) and "Add to my dictionary" on a word
// the dictionary does not know. Real browsers: tests/e2e/one-click-fixes.test.mjs.
import { afterEach, describe, expect, it } from 'vitest';
import { attachFindingCard, type FindingCardDeps } from '@/lib/app/content/finding-card';
import { CONTENT_VIEWS } from '@/components/badge/views';
import type { Underline, UnderlineLayer } from '@/lib/app/content/underlines';
import type { BodyMark, NoteValueAnswer } from '@/lib/platform/messaging/protocol';
import type { NoteSlot } from '@/lib/core/guidelines/types';

afterEach(() => document.body.replaceChildren());

const flush = () => new Promise((r) => setTimeout(r, 0));

function setUp(text: string, words: string, mark: Omit<BodyMark, 'start' | 'end'>, deps: Partial<FindingCardDeps> = {}) {
  document.body.innerHTML = `<div id="root"><div id="b" contenteditable="true"></div></div>`;
  const root = document.getElementById('root')!;
  const body = document.getElementById('b')!;
  body.textContent = text;
  const start = text.indexOf(words);
  const range = document.createRange();
  range.setStart(body.firstChild!, start);
  range.setEnd(body.firstChild!, start + words.length);
  const underline: Underline = { mark: { ...mark, start, end: start + words.length }, range, words };
  const removed: Underline[] = [];
  const layer = { remove: (u: Underline) => removed.push(u), after: () => underline, next: () => underline, at: () => underline } as unknown as UnderlineLayer;
  const applied: { text: string; replacement: string }[] = [];
  const life = new AbortController();
  const card = attachFindingCard(
    {
      root,
      bodyOf: () => body,
      layer,
      details: () => ({ [mark.rule]: { title: 'Title', why: 'Why.', message: 'Message.' } }),
      ignore: () => undefined,
      muteRule: () => undefined,
      applyFix: (r, replacement) => applied.push({ text: r.toString(), replacement }),
      ...deps,
      view: CONTENT_VIEWS.card,
    },
    life.signal,
  );
  const caret = document.createRange();
  caret.setStart(body.firstChild!, start + 1);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(caret);
  body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const shadow = () => document.querySelector('afterview-card')!.shadowRoot!;
  return { card, body, applied, removed, shadow };
}

const PLACEHOLDER: Omit<BodyMark, 'start' | 'end'> = { rule: 'placeholders', severity: 'error', fixes: [{ label: 'Fill in from your notes', slot: 'company' }] };
const UNKNOWN: Omit<BodyMark, 'start' | 'end'> = { rule: 'spelling', severity: 'error', tag: 'unknown-word', fixes: [{ label: 'Change to “received”', replacement: 'received' }] };

describe('a placeholder filled from the notes', () => {
  it('asks for the value only on a real click, then puts it over the placeholder', async () => {
    const asked: NoteSlot[] = [];
    const { card, applied, removed } = setUp('Thank you for the interview at [Company].', '[Company]', PLACEHOLDER, {
      noteValue: async (slot) => (asked.push(slot), { value: 'Northwind Traders' }),
    });
    expect(card.open.value?.fixes).toEqual([{ label: 'Fill in from your notes', slot: 'company' }]);
    card.fix(0, false);
    await flush();
    expect(asked).toEqual([]);
    card.fix(0, true);
    // Open until the answer comes; nothing written before it.
    expect(card.open.value).not.toBeNull();
    expect(applied).toEqual([]);
    await flush();
    expect(asked).toEqual(['company']);
    expect(applied).toEqual([{ text: '[Company]', replacement: 'Northwind Traders' }]);
    expect(removed).toHaveLength(1);
    expect(card.open.value).toBeNull();
  });

  it('leaves the words alone and says why when the notes have nothing', async () => {
    const answer: NoteValueAnswer = { reason: 'Nothing saved for the company in your notes.' };
    const { card, applied, shadow } = setUp('Thank you for the interview at [Company].', '[Company]', PLACEHOLDER, { noteValue: async () => answer });
    card.fix(0, true);
    await flush();
    expect(applied).toEqual([]);
    expect(card.open.value?.notice).toBe(answer.reason);
    await flush();
    expect(shadow().querySelector('[role="status"]')?.textContent).toBe(answer.reason);
  });

  it('drops an answer that comes after the card closed, or after the words changed', async () => {
    let resolve!: (a: NoteValueAnswer) => void;
    const { card, applied } = setUp('Thank you for the interview at [Company].', '[Company]', PLACEHOLDER, { noteValue: () => new Promise((r) => (resolve = r)) });
    card.fix(0, true);
    card.close(false);
    resolve({ value: 'Northwind Traders' });
    await flush();
    expect(applied).toEqual([]);
    const again = setUp('Thank you for the interview at [Company].', '[Company]', PLACEHOLDER, { noteValue: async () => ({ value: 'Northwind Traders' }) });
    again.body.firstChild!.textContent = 'Thank you for the interview at [Compa].';
    again.card.fix(0, true);
    await flush();
    expect(again.applied).toEqual([]);
  });
});

describe('Add to my dictionary', () => {
  it('is offered on a word the dictionary does not know, and stores it on a real click', async () => {
    const added: string[] = [];
    const { card, removed, shadow } = setUp('I recieved it.', 'recieved', UNKNOWN, { addWord: async (w) => (added.push(w), { added: true }) });
    await flush();
    const buttons = [...shadow().querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Change to “received”', 'Add to my dictionary', 'Ignore here', 'Turn off this check', '×']);
    card.addWord(false);
    await flush();
    expect(added).toEqual([]);
    card.addWord(true);
    await flush();
    expect(added).toEqual(['recieved']);
    expect(removed).toHaveLength(1);
    expect(card.open.value).toBeNull();
  });

  it('says why when the word cannot go in, and keeps the underline', async () => {
    const reason = 'Your dictionary is full (5000 words). Remove a few on the notes page first.';
    const { card, removed } = setUp('I recieved it.', 'recieved', UNKNOWN, { addWord: async () => ({ added: false, reason }) });
    card.addWord(true);
    await flush();
    expect(card.open.value?.notice).toBe(reason);
    expect(removed).toEqual([]);
  });

  it('is not offered on other underlines', async () => {
    const { card, shadow } = setUp('I recieved it.', 'recieved', { ...UNKNOWN, tag: undefined }, { addWord: async () => ({ added: true }) });
    await flush();
    expect(card.open.value?.word).toBeUndefined();
    expect([...shadow().querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Add to my dictionary');
  });
});
