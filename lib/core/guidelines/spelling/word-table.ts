/**
 * A read-only set of words kept inside the newline-separated text they came in.
 *
 * Building a `Set` of 120,000 strings means cutting the text into 120,000 string
 * objects and hashing each: about 50 ms and several megabytes of heap. This table
 * instead hashes every line in place, in one pass over the characters, and stores
 * only where each line starts (an open-addressing table of 32-bit offsets). A lookup
 * hashes the query and compares characters against the text; nothing is allocated.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 10;
const RETURN = 13;

/** The smallest power of two that is at least `n`. */
function powerOfTwoAtLeast(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

export interface WordTableOptions {
  /** Called with each word (as a fresh string) that has a capital after its first letter. */
  onInnerCapital?: (word: string) => void;
}

export class WordTable {
  readonly size: number;
  private readonly text: string;
  /** Line start + 1 for each occupied slot; 0 marks an empty slot. */
  private readonly starts: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly mask: number;

  constructor(text: string, options: WordTableOptions = {}) {
    this.text = text;
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    // A load factor of at most one half keeps probe sequences short.
    const capacity = powerOfTwoAtLeast(lines * 2);
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.mask = capacity - 1;

    const { onInnerCapital } = options;
    let count = 0;
    let start = 0;
    let hash = FNV_OFFSET;
    let innerCapital = false;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
      if (code !== NEWLINE) {
        if (code !== RETURN || (i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE)) {
          hash = Math.imul(hash ^ code, FNV_PRIME);
          if (i > start && ((code >= 65 && code <= 90) || (code > 127 && isUpperCase(text[i]!)))) innerCapital = true;
        }
        continue;
      }
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === RETURN) end--;
      const length = end - start;
      if (length > 0 && length <= 0xffff) {
        let slot = (hash >>> 0) & this.mask;
        while (this.starts[slot] !== 0) slot = (slot + 1) & this.mask;
        this.starts[slot] = start + 1;
        this.lengths[slot] = length;
        count++;
        if (innerCapital && onInnerCapital) onInnerCapital(text.slice(start, end));
      }
      start = i + 1;
      hash = FNV_OFFSET;
      innerCapital = false;
    }
    this.size = count;
  }

  has(word: string): boolean {
    const length = word.length;
    if (length === 0) return false;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    const { starts, lengths, text, mask } = this;
    for (let slot = (hash >>> 0) & mask; starts[slot] !== 0; slot = (slot + 1) & mask) {
      if (lengths[slot] !== length) continue;
      const at = starts[slot]! - 1;
      let i = 0;
      while (i < length && text.charCodeAt(at + i) === word.charCodeAt(i)) i++;
      if (i === length) return true;
    }
    return false;
  }
}

function isUpperCase(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
