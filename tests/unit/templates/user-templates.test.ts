import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinTemplate } from '@/lib/core/templates/builtin';
import {
  parseTemplatesFile,
  sanitizeTemplateHtml,
  serializeTemplates,
  TEMPLATES_FORMAT,
  templatesFileName,
  userTemplateFragment,
  userTemplateFromBuiltin,
  validateUserTemplate,
  type UserTemplate,
} from '@/lib/dom/templates/user-templates';
import { fillNodes } from '@/lib/core/templates/placeholders';

const sample = (over: Partial<UserTemplate> = {}): UserTemplate => ({
  id: 't-1',
  kind: 'thank-you',
  title: 'My panel thank-you',
  subject: 'Thank you – {{role}} interview',
  bodyHtml: '<p>Dear {{interviewer.firstName}},</p><p>Thank you for <b>your time</b>.</p>',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  ...over,
});

describe('sanitising rich text', () => {
  it('keeps simple formatting and safe links, removes everything that can act', () => {
    const dirty =
      '<p onclick="x()">Hi <b>there</b><img src=x onerror=alert(1)><script>alert(1)</script></p>' +
      '<a href="javascript:alert(1)">bad</a> <a href="https://example.com" target="_blank">ok</a>' +
      '<style>*{}</style><iframe srcdoc="x"></iframe><svg><g onload=alert(1)></g></svg><u style="color:red">u</u>';
    const clean = sanitizeTemplateHtml(dirty);
    expect(clean).toBe('<p>Hi <b>there</b></p><a>bad</a> <a href="https://example.com">ok</a><u>u</u>');
  });

  it('turns rich text into nodes, sanitised again, and fills placeholders as text', () => {
    const f = userTemplateFragment('<p>Dear {{interviewer.firstName}},</p><img src=x onerror=alert(1)>');
    expect(f.querySelector('img')).toBeNull();
    const { unfilled } = fillNodes(f, { 'interviewer.firstName': '<b>Mei</b>' });
    expect(unfilled).toEqual([]);
    const host = document.createElement('div');
    host.append(f);
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toBe('Dear <b>Mei</b>,');
  });

  it('copies a built-in template into an editable one, placeholders kept', () => {
    const t = userTemplateFromBuiltin(builtinTemplate('note-card')!, { id: 'copy-1', now: new Date('2026-03-05T12:00:00Z') });
    expect(t).toMatchObject({ id: 'copy-1', kind: 'note', title: 'Short note card (copy)', createdAt: '2026-03-05T12:00:00.000Z' });
    expect(t.bodyHtml.startsWith('<p>Dear {{interviewer.firstName}},</p><p>Thank you for meeting with me on {{interview.day}}.')).toBe(true);
    expect(t.bodyHtml).toContain('<p>With gratitude,<br>{{me.name}}</p>');
    expect(validateUserTemplate(t).ok).toBe(true);
  });
});

const MXSS = [
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href=" javascript:alert(1)">x</a><a href="JaVaScRiPt:alert(1)">y</a><a href="data:text/html,<script>alert(1)</script>">z</a>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<template><img src=x onerror=alert(1)></template><div is="x" onmouseover=alert(1)>d</div>',
  '<p><b><i><u>'.repeat(200) + 'deep',
  '<!--><img src=x onerror=alert(1)>-->',
  '<a href="javascript:x"><table><a href="javascript:x">',
  '<p><ul><li><p>a</p></li></ul><a href="https://x.org"><div><a href="https://y.org">in</a></div></a></p>',
  '<xmp><img src=x onerror=alert(1)></xmp><select><option><img src=x onerror=alert(1)></option></select>',
];

/** Every element allowed, and no attribute but a safe href. */
function onlySafe(html: string): boolean {
  const host = document.createElement('div');
  host.append(new DOMParser().parseFromString(html, 'text/html').body.cloneNode(true));
  for (const el of host.querySelectorAll('body *')) {
    if (!['P', 'DIV', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'UL', 'OL', 'LI', 'A', 'SPAN'].includes(el.tagName)) return false;
    for (const a of Array.from(el.attributes)) if (a.name !== 'href' || !/^(?:https?:|mailto:)/i.test(a.value)) return false;
  }
  return true;
}

describe('sanitising survives known mutation and nesting tricks', () => {
  for (const payload of MXSS) {
    it(`cleans ${JSON.stringify(payload.slice(0, 60))}`, () => {
      const once = sanitizeTemplateHtml(payload);
      expect(onlySafe(once), once).toBe(true);
      // Stable: sanitising the result again changes nothing, so parsing it back cannot mutate it.
      expect(sanitizeTemplateHtml(once)).toBe(once);
    });
  }

  it('holds for random markup (property)', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<a href="https://x.org">',
      '<a href="javascript:x">',
      '</a>',
      '<img src=x onerror=y>',
      '<svg>',
      '</svg>',
      '<style>',
      '</style>',
      '<math>',
      '<mtext>',
      '<table>',
      '<!--',
      '-->',
      '"',
      "'",
      '>',
      '<',
      'text',
      '<br>',
      '<noscript>',
      '</noscript>',
      '<textarea>',
      '</textarea>',
      '<script>',
      '</script>',
      '&lt;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const once = sanitizeTemplateHtml(parts.join(''));
        return onlySafe(once) && sanitizeTemplateHtml(once) === once;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validation', () => {
  it('accepts a good template and names the first bad field', () => {
    expect(validateUserTemplate(sample())).toEqual({ ok: true, template: sample() });
    expect(validateUserTemplate(sample({ kind: 'memo' as never }))).toMatchObject({ ok: false, error: expect.stringMatching(/^kind: expected one of "thank-you"/) });
    expect(validateUserTemplate(sample({ title: '  ' }))).toEqual({ ok: false, error: 'title: a template needs a title' });
    expect(validateUserTemplate(sample({ id: '../x' }))).toMatchObject({ ok: false, error: expect.stringMatching(/^id: /) });
    expect(validateUserTemplate(sample({ updatedAt: 'yesterday' }))).toEqual({ ok: false, error: 'updatedAt: expected an ISO date' });
    const { subject: _s, ...noSubject } = sample();
    expect(validateUserTemplate(noSubject)).toEqual({ ok: false, error: 'subject: is missing' });
    expect(validateUserTemplate(sample({ bodyHtml: 'x'.repeat(50_001) }))).toMatchObject({ ok: false, error: expect.stringMatching(/^bodyHtml: the text is longer/) });
  });

  it('drops unknown keys', () => {
    const r = validateUserTemplate({ ...sample(), extra: '<script>' });
    expect(r.ok && Object.keys(r.template)).not.toContain('extra');
  });
});

describe('the templates file', () => {
  it('round-trips', () => {
    const text = serializeTemplates([sample(), sample({ id: 't-2', title: 'Second' })], new Date('2026-03-09T08:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: TEMPLATES_FORMAT, version: 1, exportedAt: '2026-03-09T08:00:00.000Z' });
    expect(parseTemplatesFile(text)).toEqual({ ok: true, templates: [sample(), sample({ id: 't-2', title: 'Second' })] });
    expect(templatesFileName(new Date('2026-03-09T08:00:00Z'))).toBe('afterview-templates-2026-03-09.json');
  });

  it('sanitises bodies on import', () => {
    const text = serializeTemplates([sample({ bodyHtml: '<p>Hi<img src=x onerror=alert(1)></p>' })]);
    const r = parseTemplatesFile(text);
    expect(r.ok && r.templates[0]!.bodyHtml).toBe('<p>Hi</p>');
  });

  const file = (templates: unknown, extra: object = {}) => JSON.stringify({ format: TEMPLATES_FORMAT, version: 1, templates, ...extra }, null, 2);

  it.each([
    ['', 'The file is empty.'],
    ['{\n  "format": "afterview-templates",\n  "version": 1,\n  "templates": [\n    {"id": "a",}\n  ]\n}', /^Not valid JSON: .* at line 5, column \d+\.$/],
    ['[]', 'Not an Afterview templates file: expected a JSON object.'],
    [JSON.stringify({ format: 'afterview-backup', version: 1 }), /"format" should be "afterview-templates"/],
    [file([], { version: 2 }), /newer Afterview \(file version 2/],
    [file([], { version: '1' }), 'version: expected a whole number from 1 up.'],
    [file('nope'), 'templates: expected a list'],
    [file([sample(), { ...sample({ id: 't-9' }), kind: 'memo' }]), /^templates\[1\]\.kind: expected one of/],
    [file([sample(), { ...sample({ id: 't-9' }), createdAt: undefined }]), 'templates[1].createdAt: is missing'],
    [file([sample(), sample()]), 'templates[1].id: the id "t-1" appears twice.'],
    [file([sample({ title: '' })]), 'templates[0].title: a template needs a title'],
  ])('refuses %j', (text, error) => {
    const r = parseTemplatesFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});
