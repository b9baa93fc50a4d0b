import { describe, expect, it } from 'vitest';
import { bodyContent, isForeignMarkup, ownContentRange, visibleText } from '@/lib/dom/webmail/body-text';
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

describe('bodyContent: what is left at the end once the history is cut', () => {
  const quote = '<div class="gmail_quote">On Mon, Dana wrote:<blockquote class="gmail_quote">old</blockquote></div>';

  it('drops the empty lines that stood above a removed quote', () => {
    const el = body(`<div>Thanks!</div><div><br></div><div><br></div>${quote}`);
    expect(bodyContent(el, gmail.bodyLayout)).toEqual({ text: 'Thanks!', html: '<div>Thanks!</div>' });
  });

  it('drops source line breaks, comments and the separator before Outlook history', () => {
    const el = body('<div>mine</div>\n<!-- reply -->\n<hr style="display:inline-block"><div id="appendonsend"></div><div>old</div>');
    expect(bodyContent(el, outlook.bodyLayout).html).toBe('<div>mine</div>');
  });

  it('drops empty paragraphs, also ones holding only a no-break space', () => {
    const el = body(`<p>Thanks!</p><p>&nbsp;</p><p><br></p>${quote}`);
    expect(bodyContent(el, gmail.bodyLayout).html).toBe('<p>Thanks!</p>');
  });

  it('drops empty lines at the end of the block that wraps the reply', () => {
    const el = body(`<div dir="ltr"><div>Thanks!</div><div><br></div></div>${quote}`);
    expect(bodyContent(el, gmail.bodyLayout).html).toBe('<div dir="ltr"><div>Thanks!</div></div>');
  });

  it('keeps a closing logo, an image in a block and a bold name', () => {
    expect(bodyContent(body(`<div>Thanks!</div><img src="logo.png">${quote}`), gmail.bodyLayout).html).toBe('<div>Thanks!</div><img src="logo.png">');
    expect(bodyContent(body(`<div>Thanks!</div><div><img src="logo.png"></div>${quote}`), gmail.bodyLayout).html).toBe('<div>Thanks!</div><div><img src="logo.png"></div>');
    expect(bodyContent(body(`<div>Thanks!</div>Best,<br><b>Sam</b>${quote}`), gmail.bodyLayout).text).toBe('Thanks!\nBest,\nSam');
  });

  it('leaves the empty lines at the end alone when there was no history to cut', () => {
    expect(bodyContent(body('<div>Hi</div><div><br></div>'), NONE).html).toBe('<div>Hi</div><div><br></div>');
  });

  it('gives the HTML without the source whitespace around it', () => {
    expect(bodyContent(body('\n  <div>Hi</div>\n'), NONE).html).toBe('<div>Hi</div>');
  });
});

describe('ownContentRange: where a replacement ends', () => {
  it('keeps the empty line above a signature that sits in a block of its own', () => {
    for (const wrapper of ['<div>', '<div> ']) {
      const el = body(`<div>mine</div><div><br></div>${wrapper}<div class="gmail_signature">Sam</div></div>`);
      const range = ownContentRange(el, gmail.bodyLayout)!;
      expect(range.endContainer).toBe(el);
      expect(range.endOffset).toBe(1);
    }
  });

  it('is empty, at the top, in a new message holding only the signature', () => {
    for (const html of ['<div class="gmail_signature">Sam</div>', '<div><br></div><div class="gmail_signature">Sam</div>']) {
      const range = ownContentRange(body(html), gmail.bodyLayout)!;
      expect(range.collapsed).toBe(true);
      expect(range.endOffset).toBe(0);
    }
  });

  it('leaves blank source text and comments before the signature outside', () => {
    const el = body('<div>mine</div>\n<!-- signature -->\n<div class="gmail_signature">Sam</div>');
    expect(ownContentRange(el, gmail.bodyLayout)!.endOffset).toBe(1);
  });

  it('keeps text typed straight into the body, outside any block', () => {
    const el = body('mine<br><div class="gmail_signature">Sam</div>');
    const range = ownContentRange(el, gmail.bodyLayout)!;
    expect(range.toString()).toBe('mine');
    expect(range.endOffset).toBe(1);
  });
});

describe('visibleText: layout details', () => {
  it('sets off a paragraph that zeroes only its top margin', () => {
    expect(visibleText(body('<p style="margin-top:0">one</p><p style="margin-top: 0">two</p>'))).toBe('one\n\ntwo');
  });

  it('numbers an ordered list from 1, counting only its items', () => {
    expect(visibleText(body('<ol><li>first</li><div>a note</div><li>second</li></ol>'))).toBe('1. first\na note\n2. second');
  });

  it('indents a bullet list nested in another', () => {
    expect(visibleText(body('<ul><li>Kafka<ul><li>topics</li></ul></li></ul>'))).toBe('- Kafka\n  - topics');
  });

  it('marks list items that come without their list (a template fragment)', () => {
    const template = document.createElement('template');
    template.innerHTML = '<li>one</li><li>two</li>';
    expect(visibleText(template.content)).toBe('- one\n- two');
  });

  it('reads header cells side by side, like data cells', () => {
    expect(visibleText(body('<table><tr><th>Name</th><th>Role</th></tr><tr><td>Sam</td><td>Analyst</td></tr></table>'))).toBe('Name Role\nSam Analyst');
  });

  it('reads an element that has no style at all (a node from another XML namespace)', () => {
    const el = body('<div>Hi</div>');
    const foreign = document.createElementNS('urn:example', 'name');
    foreign.textContent = 'Dana';
    el.querySelector('div')!.append(' ', foreign);
    expect(visibleText(el)).toBe('Hi Dana');
  });

  it('keeps typed spaces and newlines when the editor itself is styled pre-wrap', () => {
    const el = body('Hi  Dana,\nthanks');
    el.style.whiteSpace = 'pre-wrap';
    expect(visibleText(el)).toBe('Hi  Dana,\nthanks');
  });

  it('reads a no-break space in preformatted text as a space', () => {
    expect(visibleText(body('<pre>a&nbsp;b</pre>'))).toBe('a b');
  });

  it('reads no spaces before the first word or at the ends of lines', () => {
    expect(visibleText(body('  Hi Dana'))).toBe('Hi Dana');
    expect(visibleText(body('<div>Thanks,&nbsp;&nbsp;</div><div>Sam</div>'))).toBe('Thanks,\nSam');
  });

  it('reads no empty lines above the first line', () => {
    expect(visibleText(body('<div><br></div><div><br></div><div>Hi Dana,</div>'))).toBe('Hi Dana,');
  });
});

describe('isForeignMarkup', () => {
  it('does not take a text node outside any element for a checker’s markup', () => {
    expect(isForeignMarkup(document.createTextNode('typed'))).toBe(false);
    expect(isForeignMarkup(body('<lt-highlighter>x</lt-highlighter>').firstChild!.firstChild!)).toBe(true);
  });
});
