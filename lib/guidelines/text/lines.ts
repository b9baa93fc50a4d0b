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
