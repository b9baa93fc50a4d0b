import { fail, fixed, pass, type Rule } from '../rule';
import { quoteAround } from '../text/quote';

// Ways people say they still want the job, matched on the lower-cased main text with
// apostrophes normalised. Every alternative is literal words or bounded gaps: linear time.
// Confidence ("I would be a great fit", "the right candidate") and need ("I need this job")
// are not interest, so neither is listed.
const INTEREST_RE = new RegExp(
  [
    // Feelings about the role, the team, the work.
    'excit(?:ed|ing|ement)|enthusias(?:m|tic|tically)|eager(?:ly|ness)?|thrilled|hyped|pumped|stoked|energi[sz]ed|inspired|delighted',
    "keen (?:to|on)|(?:am|i'm|remain|remains|still|very|really|so|super) keen",
    // "I'm still very interested", "Still super interested!", "how interested I am".
    "(?:i am|i'm|i remain|i'm still|i am still|remain|remains|still|am|and) (?:\\w+ ){0,3}interested\\b(?! (?:in me|to know|to hear|to learn whether))",
    '(?:very|genuinely|truly|really|highly|definitely|especially|particularly|sincerely|deeply|more|most|super|so) interested',
    'interested (?:i am|i remain)|(?:how|so) (?:interested|excited|keen|eager) i am',
    'interested in (?:the|this|joining|working|contributing|being|your|helping|continuing|moving)',
    '(?:my|strong|continued|sincere|genuine|keen|real) interest',
    // Wanting the job: "I really want this job", "where I want to grow", "def wanna be part of the crew".
    "(?:i|i'd|i would|i really|i truly|i still|i most|i so|i very much) (?:really |truly |still |very much |so |most )?(?:want|wanna|would like|'d like|like|would love|'d love|hope) (?:to (?:join|work|be (?:a )?part|be considered|contribute|grow|build|help|come aboard|be on)|this (?:job|role|position|opportunity)|the (?:job|role|position))",
    '(?:want|love|like|hope) to (?:join|be (?:a )?part of|work (?:with|for|at|alongside|on))|wanna (?:be (?:a )?part|join|work)',
    "(?:would|'d) love (?:to|the (?:chance|opportunity))|(?:would|'d) (?:welcome|relish|value) the (?:chance|opportunity) to (?:join|work|contribute|be part|help|build|bring)",
    "(?:would|'d) (?:much |really )?rather (?:work|be|join)",
    '(?:first|top|number one|#1) choice',
    // Pride or honour at the prospect: "I would be proud to join your kitchen".
    '(?:proud|honou?red|privileged|lucky|thrilled|overjoyed) to (?:join|be (?:a )?part|work|contribute|be considered|serve|\\w+ (?:in|at|with|for|on|alongside) (?:your|the|this|you))',
    '(?:a )?(?:privilege|honou?r|dream|joy|pleasure) to (?:join|work (?:with|for|alongside|on)|contribute|be part)',
    "(?:would|'d) be (?:so |really |truly )?(?:great|awesome|amazing|wonderful|fantastic|incredible|exciting) to (?:join|work|be (?:a )?part|contribute)",
    'passionate about (?:the|this|your|joining|working|helping|what|being|contributing|becoming)',
    'appeal(?:s|ing|ed)? to me',
    'look(?:ing)? forward to (?:the (?:possibility|prospect|opportunity|chance) of )?(?:joining|working|contributing|being part|helping|bringing|starting|becoming)',
    "can't wait|cannot wait|count me in|sign me up",
    'hope to (?:join|work|contribute|be part)|(?:dream|ideal) (?:role|job|position|team)',
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '\\b(?:')
    .concat(')'),
  'g',
);
// A negation just before the match turns it around ("no longer interested").
const NEGATED_RE = /(?:\bnot|\bno longer|\bnever|n't|\bhardly)\s+(?:\S+\s+)?$/i;

export const enthusiasm: Rule<'enthusiasm'> = {
  id: 'enthusiasm',
  kinds: ['thank-you', 'note', 'follow-up', 'second-follow-up', 'update'],
  severity: fixed('warning'),
  english: true,
  title: 'Show you are still interested',
  why: 'Interviewers want to hire people who want the job, so saying it plainly helps.',
  passMessage: 'You say that you are still interested.',
  check({ a }) {
    const text = a.mainText.slice(0, 100_000).replace(/’/g, "'").toLowerCase();
    INTEREST_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    for (let n = 0; (m = INTEREST_RE.exec(text)) && n < 200; n++) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NEGATED_RE.test(before) || /\b(?:not|no longer|never)\b|n't\b/.test(m[0])) continue;
      // Lower-casing keeps offsets for the text people write (only a few rare letters change length).
      const at = a.main.start + m.index;
      return pass(`You say you still want it: ${quoteAround(a.body, at, at + m[0].length)}.`);
    }
    return fail('The letter never says you still want the job. Add a sentence on why the role or the team excites you.');
  },
};
