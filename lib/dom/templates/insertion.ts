/**
 * A chosen template made ready to go into an email: filled, its unfilled slots turned into
 * marked blanks, in two versions (with its own signature lines, and without them for a
 * compose that carries the webmail's signature). Built as nodes, never from value strings.
 */
import { cleanValue, fillNodes, fillTemplate, fillText, toHtmlNodes } from '@/lib/core/templates/placeholders';
import { blankMarker, dropEmptyContactNodes, dropSignatureNodes, withoutEmptyContactLines, withoutSignatureLines } from '@/lib/core/templates/slots';
import type { PlaceholderValues, Template } from '@/lib/core/templates/types';
import { userTemplateFragment, type UserTemplate } from './user-templates';

export type TemplateChoice = { source: 'builtin'; template: Template } | { source: 'user'; template: UserTemplate };

export interface RenderedBody {
  html: string;
  text: string;
}

export interface RenderedTemplate extends RenderedBody {
  subject: string;
  /** Placeholders without a value, each once, in order of appearance. */
  unfilled: string[];
  /** The marker each unfilled placeholder left in the text, in the same order. */
  blanks: string[];
  /** The body without the template's signature lines; absent when it has none. */
  withoutSignature?: RenderedBody;
}

/** Every placeholder of a template, each once, in order of appearance (subject first). */
export function slotsOf(choice: TemplateChoice): string[] {
  const body = choice.source === 'builtin' ? choice.template.body : choice.template.bodyHtml;
  const names: string[] = [];
  for (const m of `${choice.template.subject}\n${body}`.matchAll(/\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g)) {
    const name = m[1]!.trim();
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const emptyIn = (values: PlaceholderValues) => (name: string) => !Object.hasOwn(values, name) || cleanValue(values[name]) === undefined;

/**
 * A built-in template as it is filled with these values: without the lines of its
 * signature that would show nothing (no phone number saved: no phone line, and no blank).
 */
export function asFilled(template: Template, values: PlaceholderValues): Template {
  const body = withoutEmptyContactLines(template.body, emptyIn(values));
  return body === template.body ? template : { ...template, body };
}

/** A user template's rich text as it is filled with these values: likewise, in place. */
export function dropEmptyContacts(root: Node, values: PlaceholderValues): void {
  dropEmptyContactNodes(root, emptyIn(values));
}

/** Which placeholders the values leave unfilled. */
function unfilledOf(choice: TemplateChoice, values: PlaceholderValues): string[] {
  if (choice.source === 'builtin') return fillTemplate(asFilled(choice.template, values), values).unfilled;
  const holder = document.createElement('div');
  holder.append(userTemplateFragment(choice.template.bodyHtml));
  dropEmptyContacts(holder, values);
  const unfilled = [...fillText(choice.template.subject, values).unfilled];
  for (const name of fillNodes(holder, values).unfilled) if (!unfilled.includes(name)) unfilled.push(name);
  return unfilled;
}

function builtinBody(body: string, values: PlaceholderValues): RenderedBody {
  const filled = fillTemplate({ subject: '', body }, values);
  const holder = document.createElement('div');
  holder.append(toHtmlNodes(document, filled));
  return { html: holder.innerHTML, text: filled.text };
}

function userBody(bodyHtml: string, values: PlaceholderValues, dropSignature: boolean, given: PlaceholderValues): RenderedBody | null {
  const holder = document.createElement('div');
  holder.append(userTemplateFragment(bodyHtml));
  dropEmptyContacts(holder, given);
  if (dropSignature && !dropSignatureNodes(holder)) return null;
  fillNodes(holder, values);
  return { html: holder.innerHTML, text: holder.innerText || holder.textContent || '' };
}

/**
 * The filled template. A line of its signature that would show nothing (a phone number or
 * an address the profile lacks) is left out, so it is neither a blank nor flagged. With `markBlanks`, each unfilled placeholder becomes its marker
 * ("[company]") so that it can be found, selected and flagged in the email; without, it
 * stays `{{name}}` (the preview and the card show it so).
 */
export function renderForInsert(choice: TemplateChoice, values: PlaceholderValues, options: { markBlanks?: boolean } = {}): RenderedTemplate {
  const unfilled = unfilledOf(choice, values);
  const all: PlaceholderValues = { ...values };
  const blanks = options.markBlanks ? unfilled.map(blankMarker) : [];
  if (options.markBlanks) unfilled.forEach((name, i) => (all[name] = blanks[i]));
  const subject = fillText(choice.template.subject.replace(/[\r\n]+/g, ' '), all).text;
  if (choice.source === 'builtin') {
    // Which signature lines show nothing is decided on the values given, before blanks fill them.
    const body = asFilled(choice.template, values).body;
    const full = builtinBody(body, all);
    const short = withoutSignatureLines(body);
    return { ...full, subject, unfilled, blanks, ...(short !== null ? { withoutSignature: builtinBody(short, all) } : {}) };
  }
  const full = userBody(choice.template.bodyHtml, all, false, values)!;
  const short = userBody(choice.template.bodyHtml, all, true, values);
  return { ...full, subject, unfilled, blanks, ...(short ? { withoutSignature: short } : {}) };
}
