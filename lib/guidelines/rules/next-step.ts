import { fail, fixed, pass, type Rule } from '../rule';

// A forward-looking close: waiting to hear, offering time or more information.
const FORWARD_RE =
  /\b(?:look(?:ing)? forward to|hope to hear|hoping to hear|hear(?:ing)? (?:back )?from you|next (?:steps?|conversation|discussion|meeting|call|interview|round)|next stage|next round|(?:my )?availab(?:le|ility)|happy to (?:discuss|meet|talk|chat|speak|provide|share|send|answer|come|join|continue|help|elaborate|walk)|glad to (?:discuss|meet|talk|chat|speak|provide|share|send|answer)|would (?:welcome|love|be glad|be happy) (?:the chance |the opportunity )?to (?:discuss|meet|talk|chat|speak|continue|answer|share)|let me know (?:if|whether|when|what|how)|please (?:feel free|do not hesitate|don't hesitate|let me know|reach out)|feel free to (?:reach|contact|call|email|get in touch)|(?:any|further|other|more) questions|anything else|further information|(?:can|could) (?:provide|send|share) (?:any|more|further)|(?:update|updates) on (?:the|your|my)|(?:the )?timeline|continue (?:the|our) conversation|speak (?:again|soon|further)|talk (?:again|further|soon)|meet (?:again|in person|the rest)|(?:reachable|reach me) (?:at|by|on)|stay in touch|keep in touch|in touch|await(?:ing)? (?:your|the|news|a)|keep me (?:posted|informed|updated|in mind)|(?:can|may) be reached|reach me|contact me|call me|hope (?:we can|to) (?:speak|talk|meet|continue))\b/;

export const nextStep: Rule = {
  id: 'next-step',
  kinds: ['thank-you', 'follow-up', 'second-follow-up', 'update'],
  severity: fixed('tip'),
  english: true,
  title: 'Close with a next step',
  why: 'Ending on what happens next makes it easy for the reader to reply and keeps the process moving.',
  passMessage: 'You close by looking ahead to the next step.',
  check({ a }) {
    // Lower-cased once, so that the pattern needs no case-insensitive flag.
    const norm = (t: string) => t.replace(/’/g, "'").toLowerCase();
    if (FORWARD_RE.test(norm(a.mainText)) || (a.segments.signOff && FORWARD_RE.test(norm(a.segments.signOff.text)))) return pass();
    return fail('The letter stops without looking ahead. Say you look forward to hearing from them, or offer a time to talk again.');
  },
};
