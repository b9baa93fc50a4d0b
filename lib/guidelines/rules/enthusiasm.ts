import { fail, fixed, pass, type Rule } from '../rule';

// Ways people say they still want the job. Bounded alternations only, matched on the
// main text with apostrophes normalised.
const INTEREST_RE =
  /\b(?:excit(?:ed|ing|ement)|enthusias(?:m|tic|tically)|eager(?:ly|ness)?|thrilled|keen (?:to|on)|(?:am|i'm|remain|still|very|really) keen|passionate|delighted|energi[sz]ed|inspired|(?:very|genuinely|truly|really|still|remain|highly|definitely|especially|particularly|sincerely|deeply|more|most|am|i'm) interested|interested in (?:the|this|joining|working|contributing|being|your|helping|continuing|moving)|(?:a )?(?:privilege|honou?r) to (?:join|work|contribute|be part)|(?:my|strong|continued|sincere|genuine|keen) interest|appeal(?:s|ing|ed)? to me|(?:would|'d) love (?:to|the (?:chance|opportunity))|(?:would|'d) (?:welcome|relish|value) the (?:chance|opportunity)|look(?:ing)? forward to (?:the (?:possibility|prospect|opportunity|chance) of )?(?:joining|working|contributing|being part|helping|bringing|starting|becoming)|can't wait|excited to|hope to (?:join|work|contribute|be part)|(?:dream|ideal) (?:role|job|position|team)|(?:great|perfect|strong|natural|excellent) fit)\b/g;
// A negation just before the match turns it around ("no longer interested").
const NEGATED_RE = /(?:\bnot|\bno longer|\bnever|n't|\bhardly)\s+(?:\S+\s+)?$/i;

export const enthusiasm: Rule = {
  id: 'enthusiasm',
  kinds: ['thank-you', 'note', 'follow-up', 'second-follow-up', 'update'],
  severity: fixed('warning'),
  english: true,
  title: 'Show you are still interested',
  why: 'Interviewers want to hire people who want the job, so saying it plainly helps.',
  passMessage: 'You say that you are still interested.',
  check({ a }) {
    const text = a.mainText.replace(/’/g, "'").toLowerCase();
    INTEREST_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INTEREST_RE.exec(text))) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NEGATED_RE.test(before)) continue;
      return pass();
    }
    return fail('The letter never says you still want the job. Add a sentence on why the role or the team excites you.');
  },
};
