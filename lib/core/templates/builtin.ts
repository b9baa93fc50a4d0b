/**
 * The built-in template library: at least one template for every kind of message in the
 * rulebook, more where the situations differ. Each is written to pass every error and
 * warning rule of its kind once filled from the notes (tests/unit/templates/builtin.test.ts
 * proves it). Bodies are plain text: paragraphs separated by a blank line.
 *
 * The value sentence (what the candidate did, tied to a challenge they described) never
 * makes a claim of its own: it ties the user's `{{wish}}` note to the saved `{{challenge}}`
 * in one sentence, and the wish slot reads as a noun phrase ("the routing model I built
 * at my last job"). Without a wish in the notes it stays a visible blank. The phone-screen
 * thank-you has no value sentence at all, so that it fills from a topic and a challenge
 * alone; the checker then asks the user to tie their own work to that challenge.
 */
import type { Kind } from '@/lib/core/guidelines/types';
import type { Template } from './types';

const SIGNATURE = '{{me.name}}\n{{me.phone}}\n{{me.email}}';

const t = (template: Template): Template => Object.freeze(template);

export const BUILTIN_TEMPLATES: readonly Template[] = Object.freeze([
  // ---- thank-you --------------------------------------------------------------------
  t({
    id: 'thank-you-phone-screen',
    kind: 'thank-you',
    title: 'Thank-you after a phone or video screen',
    situation: 'The first conversation, often one interviewer on a call; send it the same day, with a line on work of yours that meets their challenge.',
    subject: 'Thank you for the call about the {{role}} role',
    body: `Dear {{interviewer.firstName}},

Thank you for speaking with me on {{interview.day}} about the {{role}} role at {{company}}. I enjoyed our conversation about {{topic}}, and it gave me a clearer picture of what the first months in the job would involve.

What you said about {{challenge}} stayed with me, and it is a large part of why the role appeals to me.

I am excited about the role and look forward to the next conversation with the wider team.

Best regards,
${SIGNATURE}`,
  }),
  t({
    id: 'thank-you-panel',
    kind: 'thank-you',
    title: 'Thank-you after a panel or on-site interview',
    situation: 'You met several people; send each one their own letter, changed around what you discussed with them.',
    subject: 'Thank you – {{role}} interview at {{company}}',
    body: `Dear {{interviewer.firstName}},

Thank you for being part of my interview at {{company}} on {{interview.day}}. Of the conversations that day, ours about {{topic}} is the one I keep coming back to, and I appreciated how openly you talked about the challenges your team faces.

Looking back, I should have said more about {{wish}}, because that is where I would start on {{challenge}}. I would be glad to go through it in more detail if that would be useful.

Meeting the people I would work with made me even more excited about the {{role}} position. I look forward to hearing about the next steps.

Kind regards,
${SIGNATURE}`,
  }),
  t({
    id: 'thank-you-final-round',
    kind: 'thank-you',
    title: 'Thank-you after the final round',
    situation: 'The last interview before their decision; confirm your interest and close any gap.',
    subject: 'Thank you – final interview for the {{role}} role',
    body: `Dear {{interviewer.firstName}},

Thank you for your time on {{interview.day}} and for a thoughtful final conversation. Hearing your view of {{topic}} showed me where the {{role}} role fits in the plans at {{company}}.

Having now met the team, I can picture how the work would run day to day. One point I did not make clearly enough: {{wish}} bears directly on {{challenge}}. I would like to put it to use there from the first week.

I am genuinely excited about joining {{company}}. If it would help your decision, I am happy to share references or answer any remaining questions.

With appreciation,
${SIGNATURE}`,
  }),

  // ---- note -------------------------------------------------------------------------
  t({
    id: 'note-card',
    kind: 'note',
    title: 'Short note card',
    situation: 'A few lines to handwrite or print on a card, a day or two after the interview.',
    subject: 'Thank you for the {{role}} interview',
    body: `Dear {{interviewer.firstName}},

Thank you for meeting with me on {{interview.day}}. I especially enjoyed our talk about {{topic}}, and I left even more excited about the {{role}} role at {{company}}.

I hope we can continue the conversation soon.

With gratitude,
{{me.name}}`,
  }),
  t({
    id: 'note-after-visit',
    kind: 'note',
    title: 'Note card after an office visit',
    situation: 'A card for someone who showed you around or hosted you on site.',
    subject: 'Thank you for the visit to {{company}}',
    body: `Dear {{interviewer.firstName}},

Thank you for the warm welcome at {{company}} and for your time during my visit. Your thoughts on {{topic}} gave me plenty to think about on the way home.

I would be delighted to join the team, and I hope our paths cross again soon.

Warm regards,
{{me.name}}`,
  }),

  // ---- follow-up --------------------------------------------------------------------
  t({
    id: 'follow-up-decision-date-passed',
    kind: 'follow-up',
    title: 'Follow-up after their decision date',
    situation: 'The date they gave for a decision has passed without news; write to the lead interviewer.',
    subject: 'Following up on the {{role}} interview',
    body: `Dear {{interviewer.firstName}},

Thank you again for interviewing me for the {{role}} position on {{interview.date}}. You mentioned a decision around {{decisionDate}}, so I wanted to ask whether there is any news on the timeline.

I remain very interested in joining {{company}}, and our conversation about {{topic}} has stayed with me. If it helps your decision, I would add that {{wish}} is directly relevant to {{challenge}}.

I would be glad to provide anything else that would help. I look forward to hearing from you.

Best regards,
${SIGNATURE}`,
  }),
  t({
    id: 'follow-up-add-a-point',
    kind: 'follow-up',
    title: 'Follow-up that adds a missing point',
    situation: 'Some time has passed in silence and there is one thing you wish you had said.',
    subject: 'Following up on my {{role}} application',
    body: `Dear {{interviewer.firstName}},

Thank you for your time during my interview for the {{role}} role on {{interview.date}}. I am writing to ask how the search is going and whether you need anything more from me.

Since we spoke, I have realised there is one point I did not make clearly enough. It is this: {{wish}} gives me a practical head start on {{challenge}}. I would be happy to walk you through how, if that would help.

I am still very keen on the role and on {{company}}, and I would welcome a chance to talk again. Thank you for considering my application.

Kind regards,
${SIGNATURE}`,
  }),

  // ---- second-follow-up -------------------------------------------------------------
  t({
    id: 'second-follow-up-idea',
    kind: 'second-follow-up',
    title: 'Second follow-up with a useful idea',
    situation: 'A week or more after your follow-up; to the most senior person you met, with an article or idea.',
    subject: 'Following up again – {{role}} application',
    body: `Dear {{interviewer.firstName}},

I followed up on {{lastFollowUp.date}} about the {{role}} position and wanted to write once more, this time with something new. After our conversation about {{topic}}, I came across {{idea}} and thought your team might find it useful.

Reading it brought to mind {{wish}}, which speaks directly to {{challenge}}. I should have mentioned it when we met.

I am still very interested in the role. Thank you for your time and consideration, and I hope to hear from you soon.

Best regards,
${SIGNATURE}`,
  }),
  t({
    id: 'second-follow-up-news',
    kind: 'second-follow-up',
    title: 'Second follow-up with news of your own',
    situation: 'A week or more after your follow-up, when you have a new result to share.',
    subject: 'Following up again on my {{role}} application',
    body: `Dear {{interviewer.firstName}},

I am writing again about the {{role}} role, following up on my note of {{lastFollowUp.date}}. Since then there is some news I would like to share: {{news}}.

It bears on {{challenge}}, and so does {{wish}}, which I left out when we met.

I remain excited about {{company}} and would welcome the chance to talk further. Thank you for your continued consideration.

Kind regards,
${SIGNATURE}`,
  }),

  // ---- update -----------------------------------------------------------------------
  t({
    id: 'update-other-offer',
    kind: 'update',
    title: 'Update: you have another offer',
    situation: 'Another company made you an offer and wants an answer, but this role is your first choice.',
    subject: 'Update on my {{role}} application',
    body: `Dear {{interviewer.firstName}},

Thank you again for your time during the interviews for the {{role}} role. I wanted to let you know that I have received another offer, and I have been asked to give my answer soon.

{{company}} remains my first choice, and I am still very interested in the role. Our conversation about {{topic}} is a large part of why. If you are able to share where things stand in your process, I would be grateful.

I look forward to hearing from you.

Best regards,
${SIGNATURE}`,
  }),
  t({
    id: 'update-new-achievement',
    kind: 'update',
    title: 'Update: a new result or award',
    situation: 'Something worth knowing happened since the interview: a result, a certification, an award.',
    subject: 'A quick update on my {{role}} application',
    body: `Dear {{interviewer.firstName}},

Thank you again for meeting with me about the {{role}} role. Since our conversation, I have some news that I think is relevant to the position: {{news}}.

It ties in with what we discussed about {{topic}}, and it is one more thing I would bring to the team at {{company}}. I remain excited about the opportunity and am happy to share more details if useful.

Kind regards,
${SIGNATURE}`,
  }),

  // ---- withdrawal -------------------------------------------------------------------
  t({
    id: 'withdrawal-accepted-offer',
    kind: 'withdrawal',
    title: 'Withdrawal after accepting another offer',
    situation: 'You have said yes elsewhere; tell the lead interviewer promptly and warmly.',
    subject: 'Withdrawing my application – {{role}}',
    body: `Dear {{interviewer.firstName}},

Thank you for the time you and your colleagues gave me during the interviews for the {{role}} role. I have accepted an offer elsewhere, so I am writing to withdraw my application.

It was not an easy decision. I enjoyed meeting the team at {{company}} and learning about {{topic}}, and I came away with real respect for your work.

I hope our paths cross again, and I wish you and the team every success.

Best regards,
${SIGNATURE}`,
  }),
  t({
    id: 'withdrawal-change-of-plans',
    kind: 'withdrawal',
    title: 'Withdrawal for a change of plans',
    situation: 'Your plans changed before their decision; step back without giving reasons about them.',
    subject: 'Withdrawing my application for the {{role}} position',
    body: `Dear {{interviewer.firstName}},

Thank you for considering me for the {{role}} position and for the care you put into each conversation. After a lot of thought, I have decided to withdraw my application at this stage.

I appreciated the time your team gave me and would be glad to stay in touch. Should a future role at {{company}} suit my plans, I would welcome the chance to talk again.

I wish you every success in finding the right person.

Best wishes,
${SIGNATURE}`,
  }),
]);

/** The built-in templates of one kind, in library order. */
export function builtinTemplatesFor(kind: Kind): Template[] {
  return BUILTIN_TEMPLATES.filter((x) => x.kind === kind);
}

export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((x) => x.id === id);
}
