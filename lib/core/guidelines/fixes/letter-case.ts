/** Letter case for fixes: a replacement takes the capital its place needs. */

/** The word with its first letter in capitals ("thanks" -> "Thanks"). */
export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Whether a word starts with a capital letter. */
export const startsWithCapital = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Whether `at` opens a sentence or a line in `text`: nothing but spaces since the start, a line break or . ! ? */
export function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '.' || ch === '!' || ch === '?') return true;
    if (!/\s/.test(ch)) return false;
  }
  return true;
}
