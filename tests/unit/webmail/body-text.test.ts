import { describe, expect, it } from 'vitest';
import { bodyContent, ownContentRange, visibleText } from '@/lib/dom/webmail/body-text';
import { gmail } from '@/lib/dom/webmail/gmail';
import { outlook } from '@/lib/dom/webmail/outlook';
import type { BodyLayout } from '@/lib/dom/webmail/types';

const NONE: BodyLayout = { history: [], historyStartsAt: [], signature: [] };

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('visibleText', () => {
  it('lays out Gmail-style lines: one div per line, <div><br></div> for an empty line', () => {
    expect(visibleText(body('<div dir="ltr">Hi Dana,<div><br></div><div>Thanks.</div><div>Sam</div></div>'))).toBe('Hi Dana,\n\nThanks.\nSam');
  });

  it('treats <br> as a line break, and a trailing <br> in a block as nothing', () => {
    expect(visibleText(body('one<br>two<br><br>three'))).toBe('one\ntwo\n\nthree');
    expect(visibleText(body('<div>one<br></div><div>two</div>'))).toBe('one\ntwo');
    expect(visibleText(body('<div>one</div><br><div>two</div>'))).toBe('one\n\ntwo');
  });

  it('collapses source whitespace but keeps no-break spaces the user typed', () => {
    expect(visibleText(body('<div>  a \n  b&nbsp;&nbsp;c </div>'))).toBe('a b  c');
  });

  it('keeps whitespace in pre and pre-wrap content', () => {
    expect(visibleText(body('<pre>a  b\nc</pre>'))).toBe('a  b\nc');
    expect(visibleText(body('<div style="white-space: pre-wrap">a  b\nc</div>'))).toBe('a  b\nc');
  });

  it('sets paragraphs off by an empty line unless their margins are zero', () => {
    expect(visibleText(body('<p>one</p><p>two</p>'))).toBe('one\n\ntwo');
    expect(visibleText(body('<p style="margin: 0">one</p><p style="margin-top:0;margin-bottom:0">two</p>'))).toBe('one\ntwo');
  });

  it('writes lists with markers and table cells side by side', () => {
    expect(visibleText(body('<ul><li>Kafka</li><li>dbt<ol start="3"><li>models</li></ol></li></ul>'))).toBe('- Kafka\n- dbt\n  3. models');
    expect(visibleText(body('<table><tr><td>Sam Taylor</td><td>+1 555 0100</td></tr><tr><td>Analyst</td></tr></table>'))).toBe('Sam Taylor +1 555 0100\nAnalyst');
  });

  it('skips hidden elements, styles and images', () => {
    expect(visibleText(body('<div>a<span style="display:none">secret</span><style>p{}</style><img alt="logo"></div><div hidden>x</div>'))).toBe('a');
  });
});

describe('bodyContent', () => {
  it("drops Gmail's quote container and attribution, wherever they sit", () => {
    const el = body('<div>Thanks!</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Dana wrote:<br></div><blockquote class="gmail_quote">old</blockquote></div>');
    expect(bodyContent(el, gmail.bodyLayout)).toEqual({ text: 'Thanks!', html: '<div>Thanks!</div>' });
  });

  it('drops quotes from other clients but keeps Gmail indent formatting', () => {
    const el = body(
      '<div>a</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px">indented</blockquote><blockquote type="cite">quoted</blockquote><blockquote>also quoted</blockquote>',
    );
    expect(bodyContent(el, gmail.bodyLayout).text).toBe('a\nindented');
  });

  it("cuts Outlook's history from the marker to the end, at every level", () => {
    const el = body('<div><div>mine</div><div id="appendonsend"></div><div>theirs</div></div><hr><div id="divRplyFwdMsg">From: x</div><div>old</div>');
    const { text, html } = bodyContent(el, outlook.bodyLayout);
    expect(text).toBe('mine');
    expect(html).toBe('<div><div>mine</div></div>');
  });

  it('removes our UI and grammar checkers, keeps everything else', () => {
    const el = body('<div>a<span data-afterview-ui="x">UI</span><grammarly-extension>g</grammarly-extension><lt-highlighter>l</lt-highlighter>b</div>');
    expect(bodyContent(el, NONE)).toEqual({ text: 'ab', html: '<div>ab</div>' });
  });

  it('never changes the page editor', () => {
    const el = body('<div>mine</div><div id="appendonsend"></div><div>old</div>');
    const before = el.innerHTML;
    bodyContent(el, outlook.bodyLayout);
    expect(el.innerHTML).toBe(before);
  });

  it('ignores a selector the browser rejects', () => {
    const el = body('<div>a</div><div class="q">b</div>');
    expect(bodyContent(el, { history: ['div[', '.q'], historyStartsAt: [':nope('], signature: [] }).text).toBe('a');
  });
});

describe('ownContentRange', () => {
  it('ends before the signature (Gmail) so a replacement keeps it and the quote', () => {
    const el = body('<div>mine</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Sam</div><div class="gmail_quote">old</div>');
    const range = ownContentRange(el, gmail.bodyLayout)!;
    expect(range.toString()).toBe('mine');
    expect(range.endContainer).toBe(el);
    // The empty line above the signature stays with it.
    expect(range.endOffset).toBe(1);
  });

  it('ends before the reply history (Outlook)', () => {
    const el = body('<div>mine</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">x</div>');
    expect(ownContentRange(el, outlook.bodyLayout)!.endOffset).toBe(1);
  });

  it('ends right before a marker nested in a block that holds user text', () => {
    const el = body('<div><div>mine</div><div id="appendonsend"></div><div>theirs</div></div>');
    const range = ownContentRange(el, outlook.bodyLayout)!;
    expect(range.toString()).toBe('mine');
    expect(range.endContainer).toBe(el.firstChild);
    expect(range.endOffset).toBe(1);
  });

  it('covers the whole body when there is neither', () => {
    const el = body('<div>a</div><div>b</div>');
    expect(ownContentRange(el, gmail.bodyLayout)!.endOffset).toBe(2);
  });

  it('is null for a body not in the page', () => {
    const el = document.createElement('div');
    expect(ownContentRange(el, gmail.bodyLayout)).toBeNull();
  });
});
