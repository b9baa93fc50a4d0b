// Signature-aware insertion and blank selection on the fixtures. happy-dom has no
// execCommand: the DOM fallback inserts here; native insertion, undo and the keyboard run in
// the real-browser suites (tests/e2e/template-insert-*.test.mjs).
import { describe, expect, it } from 'vitest';
import { blankRanges, countBlanks, isNextBlankKey, selectInsertedBlank, selectNextBlank } from '@/lib/dom/webmail/blanks';
import { insertIntoCompose, replaceComposeText, signatureStart } from '@/lib/dom/webmail/compose-edit';
import { gmail } from '@/lib/dom/webmail/gmail';
import { outlook } from '@/lib/dom/webmail/outlook';
import { isBareSubject } from '@/lib/dom/webmail/subject';
import { loadFixture } from './helpers';

const TEMPLATE = { text: 'Dear Dana,\nThanks.\nBest regards,\nSam Taylor\nsam@example.com', withoutSignature: { text: 'Dear Dana,\nThanks.\nBest regards,' } };

function caretAtEnd(node: Node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  range.collapse(false);
  return range;
}

describe('the webmail signature', () => {
  it('is found in Gmail (its block) and Outlook (#Signature), never in quoted history', () => {
    let doc = loadFixture('gmail-floating-peoplekit-en.html');
    let body = gmail.bodyOf(gmail.findComposeRoots(doc)[0]!)!;
    expect((signatureStart(body, gmail.bodyLayout) as Element).className).toBe('gmail_signature_prefix');
    doc = loadFixture('outlook-reading-pane-reply-en.html');
    body = outlook.bodyOf(outlook.findComposeRoots(doc)[0]!)!;
    expect((signatureStart(body, outlook.bodyLayout) as Element).id).toBe('Signature');
    body.querySelector('#Signature')!.remove();
    expect(signatureStart(body, outlook.bodyLayout)).toBeNull();
    // A signature inside the quoted message is the other person's.
    doc = loadFixture('gmail-inline-reply-en.html');
    body = gmail.bodyOf(gmail.findComposeRoots(doc)[0]!)!;
    body.querySelector('.gmail_quote')!.insertAdjacentHTML('beforeend', '<div class="gmail_signature">Dana Reyes</div>');
    expect(signatureStart(body, gmail.bodyLayout)).toBeNull();
  });

  it('is found by its "-- " line when it has no Gmail markup', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const body = gmail.bodyOf(gmail.findComposeRoots(doc)[0]!)!;
    body.innerHTML = '<div>Hi</div><div><br></div>-- <br><div>Sam Taylor</div>';
    expect(signatureStart(body, gmail.bodyLayout)?.nodeValue).toBe('-- ');
    body.innerHTML = '<div>Hi -- there</div>';
    expect(signatureStart(body, gmail.bodyLayout)).toBeNull();
  });

  it('gets the template above it and without the template’s own signature lines, even with the caret inside it (Gmail)', async () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    const body = gmail.bodyOf(root)!;
    const caret = caretAtEnd(body.querySelector('.gmail_signature')!);
    const result = await insertIntoCompose(gmail, root, TEMPLATE, caret);
    expect(result).toMatchObject({ ok: true, aboveSignature: true });
    const text = body.innerText ?? body.textContent!;
    expect(text.split('Sam Taylor').length - 1).toBe(1);
    expect(text).not.toContain('sam@example.com');
    expect(text.indexOf('Dear Dana')).toBeGreaterThan(-1);
    expect(text.indexOf('Dear Dana')).toBeLessThan(text.indexOf('-- '));
  });

  it('is kept when the draft is replaced, and the template’s own signature lines left out (Outlook)', async () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const root = outlook.findComposeRoots(doc)[0]!;
    const result = await replaceComposeText(outlook, root, TEMPLATE);
    expect(result).toMatchObject({ ok: true, aboveSignature: true });
    const read = outlook.readCompose(root);
    expect(read.ok && read.draft.bodyText).toBe('Dear Dana,\nThanks.\nBest regards,\nSam Taylor');
  });

  it('absent, the template goes in whole', async () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    const result = await replaceComposeText(gmail, root, TEMPLATE);
    expect(result).toMatchObject({ ok: true, aboveSignature: false });
    const read = gmail.readCompose(root);
    expect(read.ok && read.draft.bodyText).toContain('sam@example.com');
  });
});

describe('blanks', () => {
  it('selects the first blank of the insertion, then the next, then wraps', () => {
    document.body.innerHTML = '<div contenteditable="true" id="b"><div>Old [company] text.</div><div>Dear [name], about [company] and [topic].</div></div>';
    const body = document.getElementById('b')!;
    body.focus();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretAtEnd(body));
    const markers = ['[name]', '[company]', '[topic]'];
    expect(blankRanges(body, markers).map((r) => r.toString())).toEqual(['[company]', '[name]', '[company]', '[topic]']);
    expect(countBlanks('Dear [name], about [company] and [topic].', markers)).toBe(3);
    // The insertion held 3 blanks: the first of them is [name], not the older [company].
    expect(selectInsertedBlank(body, markers, 3)).toBe(true);
    expect(selection.toString()).toBe('[name]');
    expect(selectNextBlank(body, markers)).toBe(true);
    expect(selection.getRangeAt(0).startContainer.textContent).toContain('Dear');
    expect(selection.toString()).toBe('[company]');
    expect(selectNextBlank(body, markers)).toBe(true);
    expect(selection.toString()).toBe('[topic]');
    expect(selectNextBlank(body, markers)).toBe(true);
    expect(selection.getRangeAt(0).startContainer.textContent).toContain('Old');
    body.innerHTML = '<div>All filled.</div>';
    expect(selectNextBlank(body, markers)).toBe(false);
  });

  it('move on Alt+J only', () => {
    const key = (init: KeyboardEventInit) => isNextBlankKey(new KeyboardEvent('keydown', init));
    expect(key({ key: 'j', code: 'KeyJ', altKey: true })).toBe(true);
    expect(key({ key: '∆', code: 'KeyJ', altKey: true })).toBe(true);
    expect(key({ key: 'j', code: 'KeyJ' })).toBe(false);
    expect(key({ key: 'j', code: 'KeyJ', altKey: true, ctrlKey: true })).toBe(false);
    expect(key({ key: 'J', code: 'KeyJ', altKey: true, shiftKey: true })).toBe(false);
  });
});

describe('blanks, at their edges', () => {
  const MARKERS = ['[name]', '[company]', '[topic]'];
  function compose(markup: string): HTMLElement {
    document.body.innerHTML = `<div contenteditable="true" id="b">${markup}</div>`;
    return document.getElementById('b')!;
  }
  function select(range: Range) {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  }
  const at = (node: Node, offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    return range;
  };

  it('move on Alt+J by the key too, on layouts where J is elsewhere, and not on Alt with another key', () => {
    const key = (init: KeyboardEventInit) => isNextBlankKey(new KeyboardEvent('keydown', init));
    expect(key({ key: 'j', code: 'KeyC', altKey: true })).toBe(true);
    expect(key({ key: 'J', code: 'KeyC', altKey: true })).toBe(true);
    expect(key({ key: 'k', code: 'KeyK', altKey: true })).toBe(false);
    expect(key({ key: 'j', code: 'KeyJ', altKey: true, metaKey: true })).toBe(false);
  });

  it('are counted across line breaks and runs of spaces, in the text and in the marker', () => {
    expect(countBlanks('Dear [first\n  name], about [company].', ['[first name]', '[company]'])).toBe(2);
    expect(countBlanks('Dear [first name].', ['[first  name]'])).toBe(1);
    expect(countBlanks('Dear Dana.', MARKERS)).toBe(0);
  });

  it('of the insertion are only those before the caret, the one ending at the caret included', () => {
    const body = compose('<div>Dear [name], about [company]</div><div>Later: [topic]</div>');
    const line = body.firstChild!.firstChild!;
    const selection = select(at(line, line.textContent!.length));
    expect(selectInsertedBlank(body, MARKERS, 1)).toBe(true);
    expect(selection.toString()).toBe('[company]');
    select(at(line, line.textContent!.length));
    expect(selectInsertedBlank(body, MARKERS, 2)).toBe(true);
    expect(selection.toString()).toBe('[name]');
  });

  it('of an insertion left selected are counted back from the end of the selection', () => {
    const body = compose('<div>Old [company].</div><div>Dear [name], about [company] and [topic].</div>');
    const range = document.createRange();
    range.selectNodeContents(body.lastChild!);
    const selection = select(range);
    expect(selectInsertedBlank(body, MARKERS, 3)).toBe(true);
    expect(selection.toString()).toBe('[name]');
  });

  it('are not selected without a caret in the body, or when the insertion had none', () => {
    const body = compose('<div>Dear [name]</div>');
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(selectInsertedBlank(body, MARKERS, 1)).toBe(false);
    const caret = at(body.firstChild!.firstChild!, 11);
    select(caret);
    expect(selectInsertedBlank(body, MARKERS, 0)).toBe(false);
    expect(selection.getRangeAt(0).collapsed).toBe(true);
  });

  it('next: the first one without a caret; the one at a collapsed caret; the one after a selected blank', () => {
    const body = compose('<div>Dear [name], about [company] and [topic].</div>');
    const text = body.firstChild!.firstChild!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(selectNextBlank(body, MARKERS)).toBe(true);
    expect(selection.toString()).toBe('[name]');
    select(at(text, text.textContent!.indexOf('[company]')));
    expect(selectNextBlank(body, MARKERS)).toBe(true);
    expect(selection.toString()).toBe('[company]');
    expect(selectNextBlank(body, MARKERS)).toBe(true);
    expect(selection.toString()).toBe('[topic]');
  });

  it('next, from a selection over several blanks, is the second of them', () => {
    const body = compose('<div>Dear [name], about [company] and [topic].</div>');
    const text = body.firstChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, text.textContent!.indexOf('[name]'));
    range.setEnd(text, text.textContent!.indexOf(' and'));
    const selection = select(range);
    expect(selectNextBlank(body, MARKERS)).toBe(true);
    expect(selection.toString()).toBe('[company]');
  });

  it('none left: the caret stays where it was', () => {
    const body = compose('<div>All filled.</div>');
    const selection = select(at(body.firstChild!.firstChild!, 3));
    expect(selectNextBlank(body, MARKERS)).toBe(false);
    expect(selection.rangeCount).toBe(1);
    expect(selection.getRangeAt(0).startOffset).toBe(3);
  });
});

describe('subjects a template may write over', () => {
  it.each(['', '  ', 'Re:', 'RE: ', 'AW:', 'Fwd:', 're: Re:', 'SV:', 'RV:', 'Re[2]:'])('%j is bare', (s) => expect(isBareSubject(s)).toBe(true));
  it.each(['thx', 'Re: Product analyst interview', 'Regarding', 'Thank you'])('%j is the user’s', (s) => expect(isBareSubject(s)).toBe(false));
});
