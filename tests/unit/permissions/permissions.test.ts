import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
// @ts-expect-error: a plain ES module shared with the real-browser suites, without types.
import { documentedPermissions, requestedPermissions, undocumented } from '../../e2e/support/manifest-permissions.mjs';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

describe('docs/permissions.md', () => {
  for (const [browser, manifestVersion] of [
    ['chrome', 3],
    ['firefox', 2],
  ] as const) {
    it(`lists every permission the configured ${browser} manifest asks for`, () => {
      const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });
      expect(requestedPermissions(manifest).length).toBeGreaterThan(0);
      expect(undocumented(manifest)).toEqual([]);
    });
  }

  it('the check fails when a permission is missing from the page', () => {
    const manifest = { permissions: ['storage', 'history'], content_scripts: [{ matches: ['https://example.org/*'] }] };
    expect(undocumented(manifest, '| `storage` | Chrome | notes |')).toEqual(['history', 'https://example.org/*']);
    expect(documentedPermissions('| `storage` | x |\n| site | why |\n| `https://a.b/*` | y |')).toEqual(new Set(['storage', 'https://a.b/*']));
  });
});
