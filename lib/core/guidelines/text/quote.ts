/**
 * A short quote of the words a check found, for pass messages ("You thank them: “Thank you
 * for taking the time…”"): the clause around the match, cut at word boundaries.
 */
// Where a clause stops: '.', '!', '?' or a line break (compared as code units, not by a regex per character).
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;
const squash = (s: string) => s.replace(/\s+/g, ' ');

export function quoteAround(text: string, start: number, end: number, max = 64): string {
  let from = start;
  for (let n = 0; from > 0 && n < 200 && !isStop(text.charCodeAt(from - 1)); n++) from--;
  let to = end;
  for (let n = 0; to < text.length && n < 200 && !isStop(text.charCodeAt(to)); n++) to++;
  const match = squash(text.slice(start, end)).trim();
  const before = squash(text.slice(from, start)).trimStart();
  const after = squash(text.slice(end, to)).trimEnd().split(' ');
  // The match first, then up to three words before it, then words after it while they fit.
  const words = before.trimEnd().split(' ').filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 3; i--) {
    if ([words[i], ...kept].join(' ').length + match.length + 1 > max / 2) break;
    kept.unshift(words[i]!);
  }
  const head = kept.length ? `${kept.join(' ')}${/\s$/.test(before) ? ' ' : ''}` : '';
  let tail = '';
  const cutHead = kept.length < words.length;
  let cutTail = false;
  for (const [i, w] of after.entries()) {
    if (head.length + match.length + tail.length + w.length + 1 > max) {
      cutTail = after.slice(i).some((x) => x !== '');
      break;
    }
    tail += i === 0 ? w : ` ${w}`;
  }
  const joined = `${head}${match}${tail}`.trim();
  return `“${cutHead ? '…' : ''}${joined}${cutTail ? '…' : ''}”`;
}
