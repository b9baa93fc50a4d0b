/**
 * Templates the user writes: their shape, validation, sanitising of their rich text, and
 * the file they are exported to and imported from.
 *
 * The rich text (`bodyHtml`) is sanitised (lib/dom/webmail/sanitise.ts, `userTemplate` profile) to a small set of formatting
 * tags whenever it is saved or imported, and again whenever it becomes nodes. A template
 * file that does not parse or validate is refused whole, and the error names the first
 * bad field (`templates[2].kind`) or the line and column where the JSON breaks.
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '@/lib/core/guidelines/types';
import { formatPath, parseJsonText } from '@/lib/core/notes/json-text';
import { isIsoDate } from '@/lib/core/notes/record-schemas';
import { purifierWorks, sanitiseToMarkup, TEMPLATE_TAGS, TEMPLATE_URL_RE } from '@/lib/dom/webmail/sanitise';
import { toHtmlNodes, fillTemplate } from '@/lib/core/templates/placeholders';
import type { Template } from '@/lib/core/templates/types';

export interface UserTemplate {
  id: string;
  kind: Kind;
  title: string;
  subject: string;
  /** Sanitised rich text from the editor. */
  bodyHtml: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
}

export const TEMPLATES_FORMAT = 'afterview-templates';
export const TEMPLATES_VERSION = 1;
export const MAX_TITLE = 120;
export const MAX_SUBJECT = 300;
export const MAX_BODY_HTML = 50_000;
/** More templates than anyone writes by hand; a file with more is refused. */
export const MAX_TEMPLATES = 500;

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

const bounded = (max: number, what: string) => v.pipe(v.string('expected a string'), v.maxLength(max, `${what} is longer than ${max} characters`));
const iso = () => v.pipe(v.string('expected an ISO date'), v.check(isIsoDate, 'expected an ISO date'));

export const UserTemplateSchema = v.object(
  {
    id: v.pipe(v.string('expected a string'), v.regex(ID_RE, 'expected 1 to 64 letters, digits, "-" or "_"')),
    kind: v.picklist(KINDS, `expected one of ${KINDS.map((k) => `"${k}"`).join(', ')}`),
    title: v.pipe(
      bounded(MAX_TITLE, 'the title'),
      v.check((s) => s.trim() !== '', 'a template needs a title'),
    ),
    subject: bounded(MAX_SUBJECT, 'the subject'),
    bodyHtml: bounded(MAX_BODY_HTML, 'the text'),
    createdAt: iso(),
    updatedAt: iso(),
  },
  'expected an object',
);

export const TemplatesFileSchema = v.object(
  {
    format: v.literal(TEMPLATES_FORMAT, `expected "${TEMPLATES_FORMAT}"`),
    version: v.literal(TEMPLATES_VERSION, `expected ${TEMPLATES_VERSION}`),
    exportedAt: v.optional(iso()),
    templates: v.pipe(v.array(UserTemplateSchema, 'expected a list'), v.maxLength(MAX_TEMPLATES, `expected at most ${MAX_TEMPLATES} templates`)),
  },
  'expected an object',
);

export interface TemplatesFile {
  format: typeof TEMPLATES_FORMAT;
  version: typeof TEMPLATES_VERSION;
  exportedAt?: string;
  templates: UserTemplate[];
}

// Compile-time proof that the schema and the interface agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertSame = <T extends true>(): T | undefined => undefined;
assertSame<Same<v.InferOutput<typeof UserTemplateSchema>, UserTemplate>>();
assertSame<Same<v.InferOutput<typeof TemplatesFileSchema>, TemplatesFile>>();

export const isTemplateId = (id: unknown): id is string => typeof id === 'string' && ID_RE.test(id);

// ---------------------------------------------------------------------------------------
// Rich text

/** What the simple editor may produce; everything else is removed (its text is kept). */
const ALLOWED_TAGS = new Set(TEMPLATE_TAGS);
// Elements dropped with everything inside them (the rest are unwrapped, keeping their text).
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'title',
  'textarea',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'head',
  'select',
  'option',
  'button',
  'input',
  'form',
  'img',
  'video',
  'audio',
  'canvas',
  'picture',
  'source',
  'track',
  'link',
  'meta',
  'base',
]);
const XHTML = 'http://www.w3.org/1999/xhtml';
const MAX_DEPTH = 64;

/**
 * Copies `from`'s children into `to` keeping only allowed elements (rebuilt with
 * `createElement`, `href` only when http, https or mailto) and text (as text nodes).
 */
function rebuild(from: Node, to: Node, doc: Document, depth: number): void {
  for (let n = from.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      to.appendChild(doc.createTextNode((n as Text).data));
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const name = el.localName.toLowerCase();
    if (el.namespaceURI !== XHTML || DROPPED.has(name)) continue;
    if (!ALLOWED_TAGS.has(name) || depth >= MAX_DEPTH) {
      rebuild(el, to, doc, depth + 1);
      continue;
    }
    const copy = doc.createElement(name);
    const href = name === 'a' ? el.getAttribute('href')?.trim() : undefined;
    if (href && TEMPLATE_URL_RE.test(href)) copy.setAttribute('href', href);
    if (name !== 'br') rebuild(el, copy, doc, depth + 1);
    to.appendChild(copy);
  }
}

/** Sanitised nodes of `html` in `doc`: DOMPurify where it works, then always the allow-list rebuild above. */
function sanitizedInto(html: string, doc: Document, into: Node, purify = true): boolean {
  if (typeof DOMParser === 'undefined') return false;
  const pre = purify && purifierWorks('userTemplate') ? sanitiseToMarkup(html, 'userTemplate') : html;
  // An inert parsed document: nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(pre, 'text/html');
  rebuild(parsed.body, into, doc, 0);
  return true;
}

/** Escapes text so that it reads as itself in HTML (used only where no DOM exists). */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The editor's HTML reduced to simple formatting (paragraphs, line breaks, bold, italic,
 * underline, lists, http/mailto links): no scripts, handlers, styles, images or other
 * attributes. Where there is no DOM at all, the whole input is kept as escaped text.
 * Too long a result is refused by validation, never cut.
 */
export function sanitizeTemplateHtml(html: string): string {
  const input = String(html);
  if (typeof document === 'undefined' || typeof DOMParser === 'undefined') return escapeText(input);
  const scratch = document.implementation.createHTMLDocument('');
  const once = (markup: string, purify: boolean): { html: string; text: string } => {
    const holder = scratch.createElement('div');
    sanitizedInto(markup, scratch, holder, purify);
    return { html: holder.innerHTML, text: holder.textContent ?? '' };
  };
  // The result must read back as itself: the HTML parser rearranges some nestings (a link
  // inside a link, a list inside a paragraph), so rebuild until parsing changes nothing.
  let current = once(input, true);
  for (let round = 0; round < 4; round++) {
    const next = once(current.html, false);
    if (next.html === current.html) return current.html;
    current = next;
  }
  return escapeText(current.text);
}

/** A user template's rich text as nodes of the current document, sanitised again on the way. */
export function userTemplateFragment(bodyHtml: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const clean = sanitizeTemplateHtml(String(bodyHtml));
  if (!sanitizedInto(clean, document, fragment, false)) fragment.append(document.createTextNode(String(bodyHtml)));
  return fragment;
}

const COPY_SUFFIX = ' (copy)';

/**
 * A built-in template as a user template to edit ("make my own copy"): its plain text
 * becomes paragraphs and line breaks, built as nodes and then read back as HTML.
 */
export function userTemplateFromBuiltin(template: Template, opts: { id: string; now: Date }): UserTemplate {
  const holder = document.createElement('div');
  // Placeholders stay as `{{name}}` text: filling happens when the template is used.
  holder.append(toHtmlNodes(document, fillTemplate(template, {}), { block: 'p' }));
  const at = opts.now.toISOString();
  return {
    id: opts.id,
    kind: template.kind,
    // Named apart from the built-in it was copied from, in the list and in the sidebar.
    title: `${template.title.slice(0, MAX_TITLE - COPY_SUFFIX.length)}${COPY_SUFFIX}`,
    subject: template.subject.slice(0, MAX_SUBJECT),
    bodyHtml: sanitizeTemplateHtml(holder.innerHTML),
    createdAt: at,
    updatedAt: at,
  };
}

// ---------------------------------------------------------------------------------------
// Validation

type AnyIssue = v.BaseIssue<unknown>;

function describe(issue: AnyIssue | undefined, prefix: readonly unknown[] = []): string {
  if (!issue) return 'not a valid template';
  const keys = [...prefix, ...(issue.path ?? []).map((p) => p.key as unknown)];
  const missing = issue.input === undefined && issue.kind === 'schema' && keys.length > 0;
  const path = formatPath(keys);
  const what = missing ? 'is missing' : issue.message;
  return path ? `${path}: ${what}` : what;
}

/** Checks one template; the error names the first bad field. */
export function validateUserTemplate(value: unknown): { ok: true; template: UserTemplate } | { ok: false; error: string } {
  const r = v.safeParse(UserTemplateSchema, value, { abortEarly: true });
  if (!r.success) return { ok: false, error: describe(r.issues[0]) };
  return { ok: true, template: r.output };
}

// ---------------------------------------------------------------------------------------
// The file

/** The text of a templates file: pretty-printed JSON with a final newline. */
export function serializeTemplates(templates: readonly UserTemplate[], exportedAt: Date = new Date()): string {
  const clean = templates.map((t) => v.parse(UserTemplateSchema, t));
  const file: TemplatesFile = { format: TEMPLATES_FORMAT, version: TEMPLATES_VERSION, exportedAt: exportedAt.toISOString(), templates: clean };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const templatesFileName = (at: Date = new Date()): string => `afterview-templates-${at.toISOString().slice(0, 10)}.json`;

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a templates file. Never throws. On success every template's rich text has been
 * sanitised again; on failure the error names the first problem.
 */
export function parseTemplatesFile(text: string): { ok: true; templates: UserTemplate[] } | { ok: false; error: string } {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const value = json.value;
  if (!isPlainObject(value)) return { ok: false, error: 'Not an Afterview templates file: expected a JSON object.' };
  if (value['format'] !== TEMPLATES_FORMAT) {
    return { ok: false, error: `Not an Afterview templates file: "format" should be "${TEMPLATES_FORMAT}".` };
  }
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'version: expected a whole number from 1 up.' };
  if (version > TEMPLATES_VERSION) {
    return {
      ok: false,
      error: `These templates were exported by a newer Afterview (file version ${version}; this one reads up to ${TEMPLATES_VERSION}). Update Afterview to import them.`,
    };
  }
  const r = v.safeParse(TemplatesFileSchema, value, { abortEarly: true });
  if (!r.success) return { ok: false, error: describe(r.issues[0]) };
  const seen = new Set<string>();
  for (const [i, t] of r.output.templates.entries()) {
    if (seen.has(t.id)) return { ok: false, error: `templates[${i}].id: the id "${t.id}" appears twice.` };
    seen.add(t.id);
  }
  return { ok: true, templates: r.output.templates.map((t) => ({ ...t, bodyHtml: sanitizeTemplateHtml(t.bodyHtml) })) };
}
