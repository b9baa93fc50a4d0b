/** Lines of a text with their offsets, the base every segmentation step works on. */
export interface Line {
  /** Offset of the first character of the line in the whole text. */
  start: number;
  /** Offset just past the last character (before the line break). */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (i === text.length || ch === 10 /* \n */ || ch === 13 /* \r */) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** The last `count` non-blank lines of `text[from, to)`, first to last, found by scanning backwards. */
export function lastLines(text: string, from: number, to: number, count: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let end = to;
  // Blank lines are skipped, but only so many: a signature is never far from the end.
  for (let seen = 0; end > from && out.length < count && seen < 200; seen++) {
    let start = text.lastIndexOf('\n', end - 1) + 1;
    if (start < from) start = from;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) out.unshift({ start, end: start + line.length, text: line });
    end = start - 1;
  }
  return out;
}
