// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/lib/app/cli/html-to-text';

describe('htmlToText', () => {
  it('turns Gmail-style divs and empty lines into lines and blank lines', () => {
    const html = '<div dir="ltr"><div>Dear Dana,</div><div><br></div><div>Thank you for today.</div><div><br></div><div>Best regards,<br>Sam</div></div>';
    expect(htmlToText(html)).toBe('Dear Dana,\n\nThank you for today.\n\nBest regards,\nSam');
  });

  it('sets paragraphs and headings off with blank lines and collapses whitespace', () => {
    expect(htmlToText('<h2>Hello</h2>\n  <p>One   two\nthree</p><p>Four</p>')).toBe('Hello\n\nOne two three\n\nFour');
  });

  it('writes list items as "- " and numbered items, indenting nested lists', () => {
    const html = '<p>Highlights:</p><ul><li>Kafka <b>migration</b></li><li>On-call<ol start="2"><li>runbooks</li><li>alerts</li></ol></li></ul><p>Thanks</p>';
    expect(htmlToText(html)).toBe('Highlights:\n\n- Kafka migration\n- On-call\n  2. runbooks\n  3. alerts\n\nThanks');
  });

  it('drops script, style, head and comments, content included', () => {
    const html =
      '<html><head><title>T</title><style>p { color: red }</style></head><body><!-- hidden <p>x</p> --><script type="text/javascript">if (a < b) document.write("<p>no</p>")</script><p>Kept</p><SCRIPT>bad()</SCRIPT ></body></html>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('decodes entities once', () => {
    expect(htmlToText('<p>Q&amp;A &lt;b&gt; &amp;lt; caf&eacute; it&#8217;s &#x1F44B; &nbsp;x &unknown; &copy</p>')).toBe('Q&A <b> &lt; café it’s 👋  x &unknown; ©');
    // The HTML parser decodes numeric references as browsers do (NUL and surrogates become U+FFFD, 150 is cp1252's en dash).
    expect(htmlToText('<p>&#xD800;&#150;</p>')).toBe('\ufffd\u2013');
  });

  it('reads a link as its text only, as the extension reads a compose body', () => {
    expect(htmlToText('<p>See <a href="https://example.org/post?a=1&amp;b=2">this article</a> or <a href="https://example.org">example.org</a>.</p>')).toBe(
      'See this article or example.org.',
    );
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('cuts quoted history as the extension does and keeps preformatted text', () => {
    expect(htmlToText('<p>Thanks!</p><div>On Tue, Dana wrote:</div><blockquote>Hi Sam,<br>See you.</blockquote>')).toBe('Thanks!\n\nOn Tue, Dana wrote:');
    expect(htmlToText('<div>Thanks!</div><div class="gmail_quote"><div class="gmail_attr">On Tue, Dana wrote:</div><blockquote class="gmail_quote">Hi</blockquote></div>')).toBe('Thanks!');
    expect(htmlToText('<p>Thanks!</p><hr><div id="divRplyFwdMsg">From: Dana</div><div>Old text</div>')).toBe('Thanks!');
    expect(htmlToText('<pre>  a\n    b</pre>')).toBe('  a\n    b');
  });

  it('treats a lone "<" as text and survives unclosed tags and attributes with ">" in quotes', () => {
    expect(htmlToText('1 < 2 and <span title="a>b">x</span> <div')).toBe('1 < 2 and x');
  });

  it('never interprets markup: attributes and event handlers vanish', () => {
    expect(htmlToText('<img src=x onerror="alert(1)"><p onclick="x()">Hello</p>')).toBe('Hello');
  });

  it('never throws and never leaves a tag-like "<x ...>" from the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'p', 'b', 'r', 'l', 'i', ' ', '"', '=', '&', ';', 'a', '\n') }), (html) => {
        const text = htmlToText(html);
        expect(typeof text).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('one converter for the CLI and the extension', () => {
  it('an HTML mail gives the same text through the CLI path and the extension path', async () => {
    const { Window } = await import('happy-dom');
    const { bodyContent } = await import('@/lib/dom/webmail/body-text');
    const html =
      '<div dir="ltr"><p style="margin:0">Dear Dana,</p><div><br></div><p>Thank you for&nbsp;&nbsp;today &amp; the <b>tour</b>.</p>' +
      '<ul><li>Kafka</li><li>On-call<ol start="3"><li>runbooks</li></ol></li></ul><table><tr><td>Sam Lee</td><td>Engineer</td></tr></table>' +
      '<pre>  kept\n    as is</pre><script>x()</script><div hidden>no</div>Best,<br>Sam</div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Tue, Dana wrote:</div><blockquote class="gmail_quote">Hi</blockquote></div>';
    const window = new Window();
    const body = window.document.createElement('div');
    body.innerHTML = html;
    const layout = { history: ['div.gmail_quote', 'blockquote.gmail_quote', 'div.gmail_attr', 'blockquote[type="cite"]'], historyStartsAt: [], signature: [] };
    const extension = bodyContent(body as unknown as HTMLElement, layout).text;
    expect(htmlToText(html)).toBe(extension);
    expect(extension).toContain('Dear Dana,\n\nThank you for  today & the tour.');
    await window.happyDOM.close();
  });
});
