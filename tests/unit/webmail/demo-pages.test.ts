/**
 * The demo mailbox (demo/*.html) must stay readable by the real adapters: if an adapter's
 * selectors change, the demo has to follow, or `npm start` would show a compose Afterview
 * ignores. These tests read the sample drafts the way the content script does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/core/guidelines';
import { gmail } from '@/lib/dom/webmail/gmail';
import { outlook } from '@/lib/dom/webmail/outlook';
import { adapterFor } from '@/lib/dom/webmail/registry';
import { loadPage, readOk } from './helpers';

const DEMO = path.resolve(__dirname, '../../../demo');
const parseDemo = (file: string) => new DOMParser().parseFromString(fs.readFileSync(path.join(DEMO, file), 'utf8'), 'text/html');

/** A demo page in the test document, without its scripts and stylesheets (happy-dom would try to fetch them). */
function loadDemo(file: string): Document {
  const parsed = parseDemo(file);
  for (const el of Array.from(parsed.querySelectorAll('script, link[rel="stylesheet"]'))) el.remove();
  return loadPage(`<!doctype html>${parsed.documentElement.outerHTML}`);
}

const read = readOk;

describe('demo mailbox: addresses', () => {
  it('the addresses npm start serves the pages at belong to the adapters', () => {
    expect(adapterFor('https://mail.google.com/mail/u/0/')).toBe(gmail);
    expect(adapterFor('https://outlook.live.com/mail/0/')).toBe(outlook);
  });
});

describe('demo mailbox: Gmail-style page', () => {
  it('holds one floating compose with the sample thank-you draft', () => {
    const doc = loadDemo('gmail.html');
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    const r = read(gmail, roots[0]);
    expect(r.kind).toBe('floating');
    expect(r.fallbacks).toEqual([]);
    expect(r.id).toMatch(/^#msg-a:r-\d+$/);
    expect(r.draft.to).toEqual([{ name: 'Dana Whitfield', address: 'dana.whitfield@bramblewood.example' }]);
    expect(r.draft.cc).toEqual([{ name: 'Jordan Ellery', address: 'jordan.ellery@bramblewood.example' }]);
    expect(r.draft.from).toEqual({ name: 'Alex Morgan', address: 'alex.morgan@example.com' });
    expect(r.draft.subject).toBe('Thanks!');
    expect(r.draft.bodyText).toMatch(/^Hi Dana,\n\nThank you for meeting with me yesterday\./);
    expect(r.draft.bodyText).toContain('Best,\nAlex');
    expect(gmail.sendButtonOf(roots[0]!)?.textContent).toBe('Send');
  });

  it('the sample draft has room to improve: a thank-you that scores under 100', () => {
    const doc = loadDemo('gmail.html');
    const r = read(gmail, gmail.findComposeRoots(doc)[0]);
    const result = checkDraft(r.draft);
    expect(result.kind).toBe('thank-you');
    expect(result.score).toBeGreaterThan(40);
    expect(result.score).toBeLessThan(100);
    const failed = result.findings.filter((f) => f.status === 'fail').map((f) => f.rule);
    expect(failed).toEqual(expect.arrayContaining(['subject-line', 'specific-detail']));
  });

  it('a minimised compose reads as minimised', () => {
    const doc = loadDemo('gmail.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    (doc.querySelector('.gm-compose-content') as HTMLElement).style.display = 'none';
    expect(gmail.composeKind(root)).toBe('minimised');
  });

  it('the inline reply template reads as an inline reply without its quoted history', () => {
    const doc = loadDemo('gmail.html');
    const template = doc.getElementById('reply-template') as HTMLTemplateElement;
    const reply = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    (reply.querySelector('input[name="draft"]') as HTMLInputElement).value = '#msg-a:r-1234567890123456789';
    doc.querySelector('.gm-message')!.after(reply);
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(2);
    const r = read(
      gmail,
      roots.find((root) => reply.contains(root)),
    );
    expect(r.kind).toBe('inline-reply');
    expect(r.draft.to).toEqual([{ name: 'Dana Whitfield', address: 'dana.whitfield@bramblewood.example' }]);
    expect(r.draft.subject).toBe('Re: Thanks for coming in');
    expect(r.draft.bodyText).toBe('');
    expect(r.draft.bodyHtml).not.toContain('gmail_quote');
  });
});

describe('demo mailbox: Outlook-style page', () => {
  it('holds one reading-pane compose with the sample thank-you draft', () => {
    const doc = loadDemo('outlook.html');
    const roots = outlook.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    const r = read(outlook, roots[0]);
    expect(r.kind).toBe('reading-pane');
    expect(r.fallbacks).toEqual([]);
    expect(r.draft.to).toEqual([{ name: 'Marcus Oyelaran', address: 'marcus.oyelaran@bramblewood.example' }]);
    expect(r.draft.cc).toEqual([]);
    expect(r.draft.subject).toBe('Interview');
    expect(r.draft.bodyText).toMatch(/^Hi Marcus,\n\nThank you for the conversation on Tuesday\./);
    expect(r.draft.bodyText).toMatch(/Best regards,\nAlex Morgan\n\+1 555 0137$/);
    expect(outlook.sendButtonOf(roots[0]!)?.getAttribute('data-testid')).toBe('ComposeSendButton');
  });

  it('the sample draft has room to improve: a thank-you that scores under 100', () => {
    const doc = loadDemo('outlook.html');
    const r = read(outlook, outlook.findComposeRoots(doc)[0]);
    const result = checkDraft(r.draft);
    expect(result.kind).toBe('thank-you');
    expect(result.score).toBeLessThan(100);
    expect(result.findings.find((f) => f.rule === 'subject-line')?.status).toBe('fail');
  });
});

describe('demo mailbox: every page', () => {
  it('loads nothing from the network: no absolute URL in src or stylesheet links', () => {
    for (const file of fs.readdirSync(DEMO).filter((f) => f.endsWith('.html'))) {
      const doc = parseDemo(file);
      for (const el of Array.from(doc.querySelectorAll('[src], link[href]'))) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url, `${file}: ${el.outerHTML}`).not.toMatch(/^[a-z]+:|^\/\//i);
      }
    }
  });

  it('says plainly that it is a demo, outside any compose', () => {
    for (const file of ['index.html', 'gmail.html', 'outlook.html']) {
      const doc = loadDemo(file);
      const banner = doc.querySelector('.demo-banner');
      expect(banner?.textContent).toContain('Afterview demo mailbox — not Gmail/Outlook');
      expect(banner!.closest('.M9, [id^="docking_InitVisiblePart_"]')).toBeNull();
    }
  });
});
