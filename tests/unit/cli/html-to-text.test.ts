// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, MAX_DRAWN_DEPTH } from '@/lib/cli/html-to-text';

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
    const html = '<html><head><title>T</title><style>p { color: red }</style></head><body><!-- hidden <p>x</p> --><script type="text/javascript">if (a < b) document.write("<p>no</p>")</script><p>Kept</p><SCRIPT>bad()</SCRIPT ></body></html>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('decodes entities once', () => {
    expect(htmlToText('<p>Q&amp;A &lt;b&gt; &amp;lt; caf&eacute; it&#8217;s &#x1F44B; &nbsp;x &unknown; &copy</p>')).toBe(
      'Q&A <b> &lt; café it’s 👋  x &unknown; ©',
    );
    expect(decodeEntities('&#0;&#xD800;&#150;')).toBe('\ufffd\ufffd\u2013');
  });

  it('keeps a link address when the text does not show it', () => {
    expect(htmlToText('<p>See <a href="https://example.org/post?a=1&amp;b=2">this article</a> or <a href="https://example.org">example.org</a>.</p>')).toBe(
      'See this article <https://example.org/post?a=1&b=2> or example.org.',
    );
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('marks quoted text with "> " and keeps preformatted text', () => {
    expect(htmlToText('<p>Thanks!</p><div>On Tue, Dana wrote:</div><blockquote>Hi Sam,<br>See you.</blockquote>')).toBe(
      'Thanks!\n\nOn Tue, Dana wrote:\n> Hi Sam,\n> See you.',
    );
    expect(htmlToText('<pre>  a\n    b</pre>')).toBe('  a\n    b');
  });

  it('treats a lone "<" as text and survives unclosed tags and attributes with ">" in quotes', () => {
    expect(htmlToText('1 < 2 and <span title="a>b">x</span> <div')).toBe('1 < 2 and x');
  });

  it('never interprets markup: attributes and event handlers vanish', () => {
    expect(htmlToText('<img src=x onerror="alert(1)"><p onclick="x()">Hello</p>')).toBe('Hello');
  });

  it('runs in linear time on hostile input', () => {
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
  }, 20_000);

  it('a mail quoted tens of thousands of levels deep converts, its quote marks drawn at most 20 deep', () => {
    // About 740 KB, as a long reply chain that each client wrapped in one more blockquote.
    const depth = 30_000;
    const html = `${'<blockquote><div>On Monday Dana wrote:</div>'.repeat(depth)}${'</blockquote>'.repeat(depth)}<p>Thanks, Sam</p>`;
    expect(html.length).toBeGreaterThan(700_000);
    const text = htmlToText(html);
    const lines = text.split('\n');
    expect(lines[0]).toBe('> On Monday Dana wrote:');
    expect(lines.every((l) => l.length <= 2 * MAX_DRAWN_DEPTH + 30)).toBe(true);
    expect(lines.at(-1)).toBe('Thanks, Sam');
    const lists = htmlToText(`${'<ul><li>item'.repeat(5_000)}${'</li></ul>'.repeat(5_000)}`);
    expect(lists.split('\n').every((l) => l.length <= 2 * MAX_DRAWN_DEPTH + 10)).toBe(true);
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
