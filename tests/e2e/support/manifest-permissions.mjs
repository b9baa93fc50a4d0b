// Every permission a manifest asks for, and the ones docs/permissions.md lists.
import fs from 'node:fs';

/** API permissions, optional ones, host permissions and the content scripts' sites. */
export function requestedPermissions(manifest) {
  const out = new Set();
  for (const key of ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions']) {
    for (const p of manifest[key] ?? []) out.add(p);
  }
  for (const script of manifest.content_scripts ?? []) for (const m of script.matches ?? []) out.add(m);
  return [...out].sort();
}

/** The permissions named (in backticks) in the first column of a table in docs/permissions.md. */
export function documentedPermissions(markdown = fs.readFileSync('docs/permissions.md', 'utf8')) {
  const out = new Set();
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|/.exec(line);
    if (m) out.add(m[1]);
  }
  return out;
}

export function undocumented(manifest, markdown) {
  const listed = documentedPermissions(markdown);
  return requestedPermissions(manifest).filter((p) => !listed.has(p));
}
