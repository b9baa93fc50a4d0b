/**
 * The set of ASCII words in a text, for skipping a pattern cheaply: a case-insensitive
 * pattern without the `u` flag matches its letters against ASCII letters only, so a literal
 * word it needs between word boundaries is always one of these runs. One pass over the text
 * and a set lookup per pattern cost far less than running patterns that cannot match.
 */

import { isAsciiAlnum } from './tokens';

/** Every maximal run of ASCII letters and digits in `text[from, to)`, lower-cased. */
export function asciiWordSet(text: string, from = 0, to = text.length): Set<string> {
  const out = new Set<string>();
  let i = from;
  while (i < to) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isAsciiAlnum(c)) break;
      if (c <= 90 && c >= 65) upper = true;
    }
    const run = text.slice(start, i);
    out.add(upper ? run.toLowerCase() : run);
  }
  return out;
}

/** Whether `set` holds one of `words`. */
export function holdsAnyWord(set: Set<string>, words: readonly string[]): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}
