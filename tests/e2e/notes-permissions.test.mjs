// The built manifests (with what WXT adds, such as sidePanel and the content scripts' sites)
// ask for nothing that docs/permissions.md does not explain.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from './support/test.mjs';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/browsers.mjs';
import { requestedPermissions, undocumented } from './support/manifest-permissions.mjs';

for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
  test(`every permission of ${path.basename(build)} is listed in docs/permissions.md`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8'));
    assert.ok(requestedPermissions(manifest).includes('storage'));
    assert.deepEqual(undocumented(manifest), []);
  });
}
