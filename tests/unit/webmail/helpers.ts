/** Loading the webmail fixtures into the test document. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

import { SITES, type SiteId } from '@/lib/core/sites/sites';
import type { ComposeRead, WebmailAdapter } from '@/lib/dom/webmail/types';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');

/** The fixture files of a site: every .html file in its registry folder, sorted. */
export function fixturesOf(id: SiteId): readonly string[] {
  const site = SITES.find((s) => s.id === id)!;
  return fs
    .readdirSync(path.join(FIXTURES, site.fixtures))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export const GMAIL_FIXTURES = fixturesOf('gmail');
export const OUTLOOK_FIXTURES = fixturesOf('outlook');

export function fixtureHtml(file: string): string {
  const site = SITES.find((s) => fixturesOf(s.id).includes(file));
  if (!site) throw new Error(`no site has a fixture named ${file}`);
  return fs.readFileSync(path.join(FIXTURES, site.fixtures, file), 'utf8');
}

/** Replaces the test document's content with a page (its <html>, <head>, <body> and their attributes). */
export function loadPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const imported = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.appendChild(imported);
  return document;
}

export const loadFixture = (file: string): Document => loadPage(fixtureHtml(file));

/** Removes every aria-label, title, placeholder and tooltip: the adapters must not need them. */
export function stripLabels(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [title], [placeholder], [data-tooltip], [alt]'))) {
    for (const name of ['aria-label', 'title', 'placeholder', 'data-tooltip', 'alt']) el.removeAttribute(name);
  }
}

/** Resolves after the next animation frame (the observers batch on frames). */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** An editable div holding `html`, alone in the test document's body: a compose's editor. */
export function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** A caret (a collapsed range) at `offset` in `node`. */
export function caretIn(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
}

/** What `adapter` reads from a compose; the test fails with the adapter's reason when it reads nothing. */
export function readOk(adapter: WebmailAdapter, root: HTMLElement | undefined): Extract<ComposeRead, { ok: true }> {
  expect(root).toBeDefined();
  const result = adapter.readCompose(root!);
  if (!result.ok) throw new Error(result.reason);
  return result;
}
