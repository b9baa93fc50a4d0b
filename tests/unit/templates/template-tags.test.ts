// Every formatting the template editor offers survives a save, one tag at a time, and only the
// link schemes a template may carry keep their address: a user who bolds, lists or links text
// sees it again, and a file handed to them cannot smuggle a script in through a link.
import { describe, expect, it } from 'vitest';
import { sanitizeTemplateHtml } from '@/lib/dom/templates/user-templates';

describe("the template editor's formatting", () => {
  it.each(['p', 'div', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'span'])('<%s> is kept', (tag) => {
    expect(sanitizeTemplateHtml(`<${tag}>text</${tag}>`)).toBe(`<${tag}>text</${tag}>`);
  });

  it('<li> is kept inside its list, and <br> between lines', () => {
    expect(sanitizeTemplateHtml('<ul><li>one</li><li>two</li></ul>')).toBe('<ul><li>one</li><li>two</li></ul>');
    expect(sanitizeTemplateHtml('one<br>two')).toBe('one<br>two');
  });
});

describe('links in a template', () => {
  it.each(['http://example.com/a', 'https://example.com/a', 'mailto:dana@example.com', 'HTTPS://EXAMPLE.COM'])('keep an address %s', (href) => {
    expect(sanitizeTemplateHtml(`<a href="${href}">x</a>`)).toBe(`<a href="${href}">x</a>`);
  });

  it.each(["javascript:void('https://example.com')", 'data:text/html,https:', 'ftp://example.com'])('lose an address %s, keeping the words', (href) => {
    expect(sanitizeTemplateHtml(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
  });
});
