/**
 * The built-in template library: at least one template for every kind of message in the
 * rulebook, more where the situations differ. Each is written to pass every error and
 * warning rule of its kind once filled from the notes (tests/unit/templates/builtin.test.ts
 * proves it). Bodies are plain text: paragraphs separated by a blank line.
 */
import type { Kind } from '@/lib/guidelines/types';
import type { Template } from './types';

const SIGNATURE = '{{me.name}}\n{{me.phone}}\n{{me.email}}';

const t = (template: Template): Template => Object.freeze(template);

export const BUILTIN_TEMPLATES: readonly Template[] = Object.freeze([
  // ---- thank-you --------------------------------------------------------------------
  t({
    id: 'thank-you-phone-screen',
    kind: 'thank-you',
    title: 'Thank-you after a phone or video screen',
    situation: 'The first conversation, often one interviewer on a call; send it the same day.',
    subject: 'Thank you for the call about the {{role}} role',
    body: `Dear {{interviewer.firstName}},

Thank you for speaking with me on {{interview.day}} about the {{role}} role at {{company}}. I enjoyed our conversation about {{topic}}, and it gave me a clearer picture of what the first months in the job would involve.

What you said about {{challenge}} stayed with me. It is close to the work I have been doing, and I would bring that experience to help your team make steady progress on it from the start.

I am excited about the role and would be glad to continue the conversation with the wider team. Please let me know if there is anything else I can send in the meantime.

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

Thank you for being part of my interview at {{company}} on {{interview.day}}. Of the conversations that day, ours about {{topic}} is the one I keep coming back to, and I appreciated how openly you described {{challenge}}.

That kind of problem is where I do my best work. I like to find where the time goes, fix the largest gap first and share progress in short, regular updates, and I would bring the same habits to help your team with it.

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

Having now met the team, I am confident I can contribute from the first week. The work on {{challenge}} is a strong match for my experience, and I would welcome the chance to take it on with your team. One point I would like to add, since I did not make it clearly enough: {{wish}}.

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

I remain very interested in joining {{company}}. Our conversation about {{topic}} has stayed with me. My experience fits what you need for {{challenge}}, and I would bring a steady, practical approach to help your team make progress on it quickly.

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

Since we spoke, I have kept thinking about {{challenge}}. One thing I did not say clearly enough at the time: {{wish}}. It bears directly on that problem, and I am confident it would help your team get there sooner.

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

I followed up on {{lastFollowUp.date}} about the {{role}} position and wanted to write once more, this time with something new. After our conversation about {{topic}}, I came across {{idea}}. I thought your team might find it useful as you work on {{challenge}}.

It reflects the way I like to work, and I would bring the same curiosity and follow-through to help {{company}} with that problem.

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

It builds on the experience I described in my interviews, and it leaves me even better prepared to help your team with {{challenge}}.

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
