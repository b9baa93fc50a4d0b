/** Loading the webmail fixtures into the test document. */
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

export const GMAIL_FIXTURES = [
  'gmail-compose-new-message-2020-en.html',
  'gmail-floating-peoplekit-en.html',
  'gmail-inline-reply-en.html',
  'gmail-fullscreen-de.html',
  'gmail-popout-ja.html',
] as const;

export const OUTLOOK_FIXTURES = ['outlook-reading-pane-reply-en.html', 'outlook-popout-de.html', 'outlook-reading-pane-new-es.html'] as const;

export function fixtureHtml(file: string): string {
  const site = file.startsWith('gmail') ? 'gmail' : 'outlook';
  return fs.readFileSync(path.join(FIXTURES, site, file), 'utf8');
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
