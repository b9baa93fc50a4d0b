import { describe, expect, it } from 'vitest';
import { gmail } from '@/lib/dom/webmail/gmail';
import { outlook } from '@/lib/dom/webmail/outlook';
import { ADAPTERS, adapterFor } from '@/lib/dom/webmail/registry';
import { SITES } from '@/lib/core/sites/sites';
import { fixturesOf, loadFixture, loadPage, stripLabels } from './helpers';

/** Every fixture with its site's adapter, as the site registry lists them (not by file name). */
const FIXTURES_BY_SITE = SITES.flatMap((site) => fixturesOf(site.id).map((file) => ({ file, adapter: ADAPTERS.find((a) => a.id === site.id)! })));

describe('adapterFor', () => {
  it('picks the adapter by address', () => {
    expect(adapterFor('https://mail.google.com/mail/u/0/#inbox')).toBe(gmail);
    expect(adapterFor('https://mail.google.com/mail/u/1/?view=cm&fs=1')).toBe(gmail);
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(adapterFor(`https://${host}/mail/0/inbox`)).toBe(outlook);
    }
    expect(adapterFor(new URL('https://outlook.office.com/mail/deeplink/compose?popoutv2=1'))).toBe(outlook);
  });

  it('answers null for pages no adapter serves', () => {
    for (const url of [
      'https://example.com/mail/',
      'https://accounts.google.com/mail',
      'https://mail.google.com/chat/u/0/',
      'https://outlook.live.com/calendar/0/view/week',
      'https://outlook.live.com.evil.example/mail/',
      'not a url',
    ]) {
      expect(adapterFor(url)).toBeNull();
    }
  });

  it('lists each adapter once', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });
});

describe('unknown layouts fail closed', () => {
  const unknownPage = `<!doctype html><html><body>
    <div role="dialog"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message Body">Hello</div>
    <input name="subject" value="x"><div role="button" aria-label="Send">Send</div></div>
    <div class="M9x"></div><textarea name="to">a@b.example</textarea></body></html>`;

  it('finds no compose on a page it does not know', () => {
    const doc = loadPage(unknownPage);
    for (const adapter of ADAPTERS) expect(adapter.findComposeRoots(doc)).toEqual([]);
  });

  it("finds no compose on the other site's pages", () => {
    for (const { file, adapter } of FIXTURES_BY_SITE) {
      for (const other of ADAPTERS.filter((a) => a !== adapter)) expect(other.findComposeRoots(loadFixture(file)), `${other.id} on ${file}`).toEqual([]);
    }
  });

  it('never throws, whatever it is given', () => {
    const doc = loadPage(unknownPage);
    const stray = doc.createElement('div');
    for (const adapter of ADAPTERS) {
      expect(adapter.readCompose(stray).ok).toBe(false);
      expect(adapter.bodyOf(stray)).toBeNull();
      expect(adapter.subjectOf(stray)).toBeNull();
      expect(adapter.sendButtonOf(stray)).toBeNull();
      expect(adapter.composeKind(stray)).toBe('unknown');
      expect(adapter.setSubject(stray, 'x')).toBe(false);
      expect(adapter.focusedRoot(doc)).toBeNull();
      expect(adapter.readCompose(null as unknown as HTMLElement).ok).toBe(false);
    }
  });
});

describe('no adapter reads translated labels', () => {
  // Stripping every aria-label, title, placeholder and tooltip must change nothing that is read.
  for (const { file, adapter } of FIXTURES_BY_SITE) {
    it(file, () => {
      const summary = () =>
        adapter.findComposeRoots(document).map((root) => {
          const r = adapter.readCompose(root);
          return r.ok ? { kind: r.kind, draft: r.draft, fallbacks: r.fallbacks, send: adapter.sendButtonOf(root)?.textContent?.trim() } : r;
        });
      loadFixture(file);
      const before = summary();
      expect(before.length).toBeGreaterThan(0);
      loadFixture(file);
      stripLabels(document);
      const after = summary();
      // One exception, on purpose: an Outlook chip showing only a name may carry the address in its
      // title. That is data, not a label; without it the name is still read.
      if (file === 'outlook-popout-de.html') {
        const first = before[0] as { draft: { to: unknown[] } };
        first.draft.to[1] = { name: 'Lena Schmidt', address: '' };
      }
      expect(after).toEqual(before);
    });
  }
});
