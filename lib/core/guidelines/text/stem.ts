/**
 * A light English stemmer for matching saved topics against a draft ("migrating" finds
 * "migration", "challenges" finds "challenge"). It only strips common suffixes: it aims
 * for recall between related forms, not for linguistic accuracy.
 */
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's', 'e'];

// Drafts repeat their words: remember recent answers (bounded, so huge inputs stay small).
const cache = new Map<string, string>();

export function stem(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = computeStem(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "migrat" and "migrat(e)" meet; a doubled final consonant ("planned" -> "plann") is undone.
  if (w.length >= 4 && w[w.length - 1] === w[w.length - 2] && !/[aeiouls]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}

/** Words that carry no topic on their own. */
export const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at for with from by about as into over after before during ' +
    'i me my mine you your yours we our ours us they them their he she his her it its this that these those ' +
    'is are was were be been being am have has had do does did will would can could should may might must shall ' +
    'not no so if than then there here what which who whom when where why how all any some more most very ' +
    'just also again really quite such own same other each both few many much up down out off ' +
    'thank thanks talk talked talking discuss discussed discussion conversation chat mention mentioned ' +
    'role position job team company interview today yesterday'
  ).split(' '),
);
