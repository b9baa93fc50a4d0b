/**
 * Puts the user's unsaved edits on top of the latest saved version (a three-way merge of
 * plain JSON): `base` is what the edits started from, `mine` the edited copy, `theirs`
 * what is saved now (a note from the popup, a sent email logged by the background).
 *
 * - A field the user changed takes the user's value; any other field keeps the saved one.
 * - Lists of objects with an `id` (interviews, interviewers, follow-ups) are merged item by
 *   item: the user's additions are appended, the user's deletions removed, items added
 *   elsewhere kept, items deleted elsewhere stay deleted unless the user edited them.
 * - Any other list (topics, domains) is one value: the user's when the user changed it.
 */
type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: Json): v is { id: string }[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson(a[k], b[k]));
}

function rebaseList(base: { id: string }[], mine: { id: string }[], theirs: { id: string }[]): Json[] {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const m = byId(mine);
  const out: Json[] = [];
  for (const t of theirs) {
    const wasBase = b.get(t.id);
    const mineItem = m.get(t.id);
    if (!wasBase)
      out.push(mineItem ? rebaseValue(t, mineItem, t) : t); // added elsewhere
    else if (!mineItem)
      continue; // the user deleted it
    else out.push(rebaseValue(wasBase, mineItem, t));
  }
  const kept = new Set(theirs.map((t) => t.id));
  for (const item of mine) {
    if (kept.has(item.id)) continue;
    const wasBase = b.get(item.id);
    // Added by the user; or deleted elsewhere, kept only when the user changed it since.
    if (!wasBase || !sameJson(wasBase, item)) out.push(item);
  }
  return out;
}

export function rebaseValue(base: Json, mine: Json, theirs: Json): Json {
  if (sameJson(base, mine)) return theirs;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const out: Record<string, Json> = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const v = rebaseValue(base[k], mine[k], theirs[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  if (hasIds(base) && hasIds(mine) && hasIds(theirs)) return rebaseList(base, mine, theirs);
  return mine;
}

/** `rebaseValue` typed for one record. */
export function rebase<T>(base: T, mine: T, theirs: T): T {
  return rebaseValue(base, mine, theirs) as T;
}
