// Invariants of the site registry (lib/core/sites/sites.ts): whatever names a site agrees with it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import contentScript from '@/entrypoints/webmail.content';
import { parseRequest, SiteSchema } from '@/lib/platform/messaging/protocol';
import { SITE_IDS, SITES, WEBMAIL_MATCHES, hostOfPattern, siteHosts } from '@/lib/core/sites/sites';
import { ADAPTERS, adapterFor } from '@/lib/dom/webmail/registry';
// @ts-expect-error: a plain ES module shared with the real-browser suites, without types.
import { documentedPermissions } from '../../e2e/support/manifest-permissions.mjs';
// @ts-expect-error: a plain ES module shared with the real-browser suites, without types.
import { FIXTURE_PAGES } from '../../e2e/support/webmail.mjs';
// @ts-expect-error: a plain ES module (npm start, the demo's real-browser test), without types.
import { DEMO_SITE_HOSTS, DEMO_URLS, demoResponse } from '../../../scripts/lib/demo-server.mjs';
import { FIXTURES, fixturesOf } from './helpers';

/** A pattern the content script can use and hostOfPattern can read: one literal host, every path. */
const PATTERN = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/;
/** A fixture's opening comment names what it is, where it came from, and a date (YYYY-MM-DD). */
const HEADER = /^<!--([\s\S]*?)-->/;
const DATE = /\b\d{4}-\d{2}-\d{2}\b/;

const draft = { subject: 'Hi', to: [], cc: [], bodyText: 'Hello' };
const siteAccepted = (site: string) => parseRequest('draft:check', { composeId: 'c1', site, draft, focused: true }).ok;

describe('the site registry', () => {
  it('lists each id once, with well-formed literal patterns', () => {
    expect(new Set(SITE_IDS).size).toBe(SITES.length);
    for (const pattern of WEBMAIL_MATCHES) expect(pattern).toMatch(PATTERN);
    expect(new Set(WEBMAIL_MATCHES).size).toBe(WEBMAIL_MATCHES.length);
  });

  it('has exactly one adapter per site, and no adapter without a site', () => {
    for (const site of SITES)
      expect(
        ADAPTERS.filter((a) => a.id === site.id),
        site.id,
      ).toHaveLength(1);
    for (const adapter of ADAPTERS)
      expect(
        SITES.filter((s) => s.id === adapter.id),
        adapter.id,
      ).toHaveLength(1);
  });

  it("gives each adapter its site's hosts, and only those", () => {
    for (const site of SITES) {
      for (const host of siteHosts(site.id)) expect(adapterFor(`https://${host}/mail/`)?.id, host).toBe(site.id);
    }
    expect(adapterFor('https://mail.example.com/mail/')).toBeNull();
  });

  it('has dated, sourced fixtures for every site under tests/fixtures/<site>/', () => {
    for (const site of SITES) {
      const folder = path.join(FIXTURES, site.fixtures);
      const files = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
      expect(files.length, `fixtures of ${site.id}`).toBeGreaterThan(0);
      for (const file of files) {
        const header = HEADER.exec(fs.readFileSync(path.join(folder, file), 'utf8'))?.[1] ?? '';
        expect(header, `${site.fixtures}/${file} starts with a comment`).not.toBe('');
        expect(header, `${site.fixtures}/${file}: what it is`).toMatch(/\bWhat:/);
        expect(header, `${site.fixtures}/${file}: where it came from`).toMatch(/\bSource:/);
        expect(header, `${site.fixtures}/${file}: a date`).toMatch(DATE);
      }
    }
  });

  it("is where the content script's matches come from", () => {
    expect(contentScript.matches).toEqual(SITES.flatMap((s) => [...s.matches]));
  });

  it('has every host documented in docs/permissions.md', () => {
    const documented: Set<string> = documentedPermissions();
    for (const pattern of WEBMAIL_MATCHES) expect(documented.has(`https://${hostOfPattern(pattern)}/*`), pattern).toBe(true);
  });

  it('is the protocol: the site picklist is exactly the registry ids', () => {
    expect([...SiteSchema.options]).toEqual([...SITE_IDS]);
    for (const id of SITE_IDS) expect(siteAccepted(id), id).toBe(true);
    for (const other of ['yahoo', 'Gmail', `${SITE_IDS[0]} `, '', 'toString']) expect(siteAccepted(other), other).toBe(false);
  });

  it("has every fixture in the real-browser suites' list, served at its own site's address", () => {
    const pages = FIXTURE_PAGES as readonly { file: string; url: string }[];
    const listed = pages.map((p) => p.file).sort();
    expect(listed).toEqual(SITES.flatMap((s) => fixturesOf(s.id).map((f) => `${s.fixtures}/${f}`)).sort());
    for (const page of pages) {
      const site = SITES.find((s) => page.file.startsWith(`${s.fixtures}/`))!;
      expect(adapterFor(page.url)?.id, page.file).toBe(site.id);
    }
  });

  it("is the demo mailbox's host list: each site's demo page is served at exactly its hosts", () => {
    const demo = DEMO_SITE_HOSTS as Record<string, readonly string[]>;
    expect(Object.keys(demo).sort()).toEqual([...SITE_IDS].sort());
    for (const site of SITES) expect([...demo[site.id]!].sort(), site.id).toEqual([...siteHosts(site.id)].sort());
    // What the server does, not only its list: a registry host gets its site's page, another host nothing.
    const page = (url: string) => (demoResponse(url) as { status: number; body: Buffer } | undefined)?.body.toString();
    for (const site of SITES) {
      const own = page((DEMO_URLS as Record<string, string>)[site.id]!);
      expect(own, `the ${site.id} demo page`).toBeTruthy();
      for (const host of siteHosts(site.id)) expect(page(`https://${host}/mail/`), host).toBe(own);
    }
    expect(demoResponse('https://outlook.example.com/mail/')).toBeUndefined();
  });
});
