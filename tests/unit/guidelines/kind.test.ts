import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/core/guidelines';
import { analyze } from '@/lib/core/guidelines/analysis';
import { resolveContext } from '@/lib/core/guidelines/context';
import { detectKind } from '@/lib/core/guidelines/kind';
import { KINDS } from '@/lib/core/guidelines/types';
import type { SentFollowUp } from '@/lib/core/notes/types';
import { company, draft, GOOD_THANK_YOU, interview } from './helpers';

type Context = Parameters<typeof checkDraft>[1];

const kindOf = (body: string, subject: string, context?: Context) => checkDraft(draft(body, { subject }), context).kind;
/** A draft with neither subject nor recipients, as pasted into the sidebar. */
const bare = (body: string, context?: Context) => checkDraft(draft(body, { subject: '', to: [], cc: [] }), context).kind;
const signed = (text: string) => `Dear Priya,\n\n${text}\n\nBest regards,\nJordan Avery\njordan.avery@example.net`;

const FOLLOW_UP = `Dear Priya,

I hope your week is going well. When we met on November 10 you mentioned the team hoped to decide by the 20th, so I wanted to follow up on the status of my application for the Product Analyst role.

I remain very interested in helping with the churn dashboard work, and I would be glad to share anything else that would help your decision.

Thank you for your consideration,
Jordan Avery
jordan.avery@example.net`;

const SECOND_FOLLOW_UP = `Hi Helen,

I am following up again on my note of November 23 about the Product Analyst position. Since then I finished a small analysis of public churn benchmarks for subscription tools, which I have attached in case it is useful to your team.

I am still keen on the role and happy to talk whenever suits you. Thank you for your time.

Kind regards,
Jordan Avery
(555) 014-2290`;

const UPDATE = `Dear Priya,

I wanted to let you know that I have received another offer, with an answer due next Friday. Lumenworks remains my first choice, and I would be grateful to know whether a decision on the Product Analyst role is likely before then.

Thank you for your time and for keeping me informed.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const WITHDRAWAL = `Dear Priya,

Thank you for the time you and the team spent with me over the past weeks. After careful thought I have accepted a position elsewhere and would like to withdraw my application for the Product Analyst role.

I enjoyed learning about your pricing work and hope our paths cross again. I wish you and the team every success.

Kind regards,
Jordan Avery
jordan.avery@example.net`;

const NOTE = `Dear Tomás,

Thank you for walking me through the warehouse data model today. Your story about the midnight billing reconciliation made the work feel real, and I left excited about the role.

Warmly,
Jordan`;

const logged = (kind: SentFollowUp['kind'], sentAt: string): SentFollowUp => ({
  id: `f-${sentAt}`,
  kind,
  sentAt,
  to: ['priya.raman@lumenworks.com'],
  subject: 'Product Analyst role',
  bodyText: 'Dear Priya, is there any news on the Product Analyst role? Best regards, Jordan',
});

describe('kind detection', () => {
  it('recognises each kind from its words', () => {
    expect(kindOf(GOOD_THANK_YOU, 'Thank you for the Product Analyst interview')).toBe('thank-you');
    expect(kindOf(FOLLOW_UP, 'Following up on the Product Analyst role')).toBe('follow-up');
    expect(kindOf(SECOND_FOLLOW_UP, 'Product Analyst role: a new analysis')).toBe('second-follow-up');
    expect(kindOf(UPDATE, 'An update on my search')).toBe('update');
    expect(kindOf(WITHDRAWAL, 'Withdrawing my application')).toBe('withdrawal');
    expect(bare(NOTE)).toBe('note');
  });

  describe('email or card', () => {
    it('reads a short thank-you with a subject or a recipient as an email, not a note', () => {
      expect(kindOf(NOTE, 'Thank you – Product Analyst interview')).toBe('thank-you');
      expect(kindOf(NOTE, '')).toBe('thank-you');
      expect(checkDraft(draft(NOTE, { subject: 'Thanks', to: [], cc: [] })).kind).toBe('thank-you');
    });

    it('reads a headerless text signed with a name only as a card', () => {
      expect(bare(`Ms. Ng, thank you for the visit to the press room on Friday. Seeing the old Heidelberg run again was a treat.\n\nSincerely,\nJordan Avery`)).toBe('note');
    });

    it('takes contact details under the name, or a letterhead, as an email or a printed letter', () => {
      expect(bare(`${NOTE}\n(555) 014-2290`)).toBe('thank-you');
      expect(bare(`Jordan Avery\n12 Elm Row\nLeeds LS1 4AB\n\n${NOTE}`)).toBe('thank-you');
    });

    it('reads a body pasted from a web form as a thank-you, unless it is only a line or two', () => {
      const pasted = `Thank you for speaking with me about the Product Analyst role. I enjoyed hearing how the team plans to rebuild the churn dashboard. At Fernhill I rebuilt revenue reporting on two billing systems and cut the close from nine days to four. I would be glad to bring that to your team, and I look forward to hearing from you.`;
      expect(bare(pasted)).toBe('thank-you');
      expect(bare('Thank you for the tasting on Sunday. Plating the dessert course beside your pastry chef taught me a great deal.')).toBe('note');
    });

    it('lets the words of a headerless text say it is a card', () => {
      expect(bare(`I wanted this card to say thank you for the tour of the kitchen on Saturday. I would love to cook for you.`)).toBe('note');
    });
  });

  describe('follow-up or thank-you', () => {
    it.each([
      'Thank you again for meeting with me on the 4th. You expected to decide by the 15th, and I am writing to ask whether there is any news.',
      'Thank you again for the interview last month. I wanted to follow up and see where things stand with the Product Analyst role.',
      'Thank you again for your time. It has been three weeks since my interview and I have not heard back about the decision.',
      'Thank you again for the conversation on March 2. When we spoke you hoped to choose a candidate by the end of March, and I remain very interested.',
      'I am reaching out to see whether there have been any developments on the Product Analyst search.',
      'I wanted to check on the status of the search, as the two weeks you mentioned have now passed.',
    ])('a message that opens with thanks but asks after the decision is a follow-up: %s', (text) => {
      expect(kindOf(signed(text), 'Product Analyst role')).toBe('follow-up');
    });

    it('keeps thanks for a meeting held today a thank-you, even with a question', () => {
      expect(kindOf(signed('Thank you for meeting with me this morning. Is there any news you can share on the timeline for the next round?'), 'Thank you')).toBe('thank-you');
    });

    it('does not take a promise to follow up later, or a date told in the present, for a follow-up', () => {
      expect(
        kindOf(signed('Thank you for meeting with me on Tuesday. I will follow up with the writing sample by Friday, and I look forward to touching base next week.'), 'Thank you'),
      ).toBe('thank-you');
      expect(kindOf(signed('Thank you for meeting with me on Tuesday. You mentioned you would decide by the end of the month; I am glad to send references before then.'), 'Thank you')).toBe(
        'thank-you',
      );
    });
  });

  describe('second follow-up', () => {
    it.each([
      'I wrote to Ms. Okafor on March 6 about the Product Analyst role and wanted to check in with you as well.',
      'When I followed up with Tomás, he said the review had moved to later this month.',
      'I am following up on my previous email about the Product Analyst role.',
      'As I mentioned last week, I remain keen on the Product Analyst role.',
      'Just bumping this to the top of your inbox in case it slipped past.',
      'I hope you do not mind me reaching out again about the Product Analyst role.',
      'I wanted to touch base again on the Product Analyst role.',
      "I'm following up one last time on the Product Analyst role.",
      'I am writing about the email I sent on May 5 regarding the Product Analyst role.',
      'I know I already reached out, but the role is still very much on my mind.',
    ])('a message that points back at an earlier one is a second follow-up: %s', (text) => {
      expect(kindOf(signed(text), 'Product Analyst role')).toBe('second-follow-up');
    });

    it('stays a second follow-up when it also brings news', () => {
      const text = 'I pinged Priya on the 4th about the role. Since then I passed the Tableau certification exam, which covers the dashboards you described.';
      expect(kindOf(signed(text), 'Following up – Product Analyst')).toBe('second-follow-up');
    });

    it('reads a reply to my own "Following up" thread as the second one', () => {
      expect(kindOf(signed('Any news on the Product Analyst role? I remain very interested.'), 'Re: Following up – Product Analyst')).toBe('second-follow-up');
    });

    it('does not count an apology for writing again as an earlier message', () => {
      expect(kindOf(signed('I am so sorry to bother you again. It has been two weeks since my interview and I wanted to follow up on the role.'), 'Product Analyst role')).toBe('follow-up');
    });
  });

  describe('update', () => {
    it.each([
      'I wanted to share some news: on Saturday I passed the PMP exam.',
      'The study I mentioned has now been published in the Journal of Pricing Research.',
      'The budgeting app I told you about went live on Tuesday, with 2,000 downloads in two days.',
      'Yesterday our packaging series won a gold award at the regional design show.',
      'I have been offered a position at another firm and must answer by Friday.',
      'I wanted to let you know that I have just been promoted to team lead.',
    ])('news since the interview is an update, even after opening thanks: %s', (text) => {
      expect(kindOf(signed(`Thank you again for the interview on the 2nd. ${text}`), 'Product Analyst role')).toBe('update');
    });

    it('labels a check-in that its writer calls an update as an update', () => {
      expect(kindOf(signed('Just checking in to see if there is any news on the Product Analyst role.'), 'Quick update')).toBe('update');
      expect(kindOf(signed('Quick update: I am still available and still keen on the role.'), 'Product Analyst role')).toBe('update');
    });

    it('keeps other news in a message that says it is following up a follow-up, but lets an offer make it an update', () => {
      const cert = 'I am writing to follow up on my interview on the 2nd, since the decision date has passed. I also completed my CompTIA certificate last spring.';
      expect(kindOf(signed(cert), 'Product Analyst role')).toBe('follow-up');
      const offer = 'I am following up on the Product Analyst role because I have received an offer from another company, due Friday.';
      expect(kindOf(signed(offer), 'Product Analyst role')).toBe('update');
    });

    it('does not take a reply to their update, hoped-for good news or a possible offer for news', () => {
      expect(kindOf(signed('Thank you for the interview on Tuesday. I am happy to come in again.'), 'Re: Update on your application')).toBe('thank-you');
      expect(kindOf(signed('Thank you for the interview on Tuesday. I hope to hear good news soon.'), 'Thank you')).toBe('thank-you');
      expect(kindOf(signed('Thank you for the interview on Tuesday. If I receive another offer in the meantime, I will let you know.'), 'Thank you')).toBe('thank-you');
    });
  });

  describe('withdrawal', () => {
    it.each([
      'gonna pass on the analyst thing, found something better.',
      "Going with another offer, so I'm not moving forward with this one.",
      'I am no longer interested in the role.',
      'I have decided to pursue a different opportunity and ask you to remove me from consideration.',
      'Please take this email as my formal withdrawal from the search.',
      'I have decided to go in a different direction with my career.',
    ])('a curt or rude withdrawal is still a withdrawal: %s', (text) => {
      expect(kindOf(`Priya,\n\n${text}\n\nJ.`, 'analyst job')).toBe('withdrawal');
    });

    it('does not take a threat, a denial or an old story for a withdrawal', () => {
      expect(kindOf(signed('It has been three weeks since my interview. If I do not hear back by Friday I will withdraw my application.'), 'Product Analyst role')).toBe('follow-up');
      expect(kindOf(signed('I have no intention of withdrawing, but I would value any news on the timeline.'), 'Product Analyst role')).toBe('follow-up');
      expect(kindOf(signed('Thank you for meeting with me on Tuesday. When I accepted a role at Fernhill in 2019, I had never built a dashboard.'), 'Thank you')).toBe('thank-you');
    });
  });

  describe('with saved notes', () => {
    const NOW_LATE = '2026-12-01T10:00:00Z';

    it('uses the dates: asking about the decision three weeks after the interview is a follow-up', () => {
      const body = `Dear Priya,\n\nThank you again for meeting with me about the Product Analyst role. I am still very interested and wondered whether there is any news on the hiring timeline.\n\nBest regards,\nJordan Avery\njordan.avery@example.net`;
      expect(kindOf(body, 'Product Analyst role', { company: company(), now: NOW_LATE })).toBe('follow-up');
    });

    it('reads renewed interest after the decision date as a follow-up, and the same words the next day as thanks', () => {
      const body = signed('Thank you again for meeting with me about the Product Analyst role. I remain very interested in the churn dashboard work.');
      expect(kindOf(body, 'Product Analyst role', { company: company(), now: NOW_LATE })).toBe('follow-up');
      expect(kindOf(body, 'Product Analyst role', { company: company(), now: '2026-11-11T09:00:00Z' })).toBe('thank-you');
    });

    it('does not call renewed interest a follow-up while the decision date is still ahead', () => {
      const body = signed('Thank you again for meeting with me about the Product Analyst role. I remain very interested in the churn dashboard work.');
      const notes = company({ interviews: [interview({ decisionDate: '2026-11-30' })] });
      expect(kindOf(body, 'Product Analyst role', { company: notes, now: '2026-11-17T09:00:00Z' })).toBe('thank-you');
    });

    it('reads "following up" the day after the interview, with nothing asked, as a thank-you', () => {
      const body = signed('I am following up on our conversation about the churn dashboard with the sample report I promised.');
      expect(kindOf(body, 'Product Analyst role', { company: company(), now: '2026-11-11T09:00:00Z' })).toBe('thank-you');
    });

    it('counts a follow-up after a logged follow-up as the second one', () => {
      const notes = company({ followUps: [logged('follow-up', '2026-11-23T09:00:00Z')] });
      expect(kindOf(FOLLOW_UP, 'Following up on the Product Analyst role', { company: notes, now: '2026-12-02T10:00:00Z' })).toBe('second-follow-up');
    });

    it('does not count a follow-up logged before a later interview round', () => {
      const notes = company({
        interviews: [interview(), interview({ id: 'int-2', at: '2026-11-28T14:00:00Z', decisionDate: '2026-12-05' })],
        followUps: [logged('follow-up', '2026-11-23T09:00:00Z')],
      });
      expect(kindOf(FOLLOW_UP, 'Following up on the Product Analyst role', { company: notes, now: '2026-12-08T10:00:00Z' })).toBe('follow-up');
    });

    it('does not count a logged thank-you as a follow-up', () => {
      const notes = company({ followUps: [logged('thank-you', '2026-11-11T09:00:00Z')] });
      expect(kindOf(FOLLOW_UP, 'Following up on the Product Analyst role', { company: notes, now: '2026-12-02T10:00:00Z' })).toBe('follow-up');
    });
  });

  it.each([
    ['repeated phrases', `${'I remain keen on the role and, as I wrote, again and again '.repeat(2000)}${'a'.repeat(50_000)}`],
    ['a run of near-misses', 'i wrote to '.repeat(10_000)],
    ['one endless word', 'x'.repeat(100_000)],
  ])('decides on a huge draft (%s), and the same way each time', (_name, text) => {
    // How fast is measured by `npm run bench` (the 1 MB text of bench-engine), not asserted here;
    // the test's time limit stands guard against a hang.
    const d = draft(signed(text), { subject: 'Following up '.repeat(100) });
    const a = analyze(d);
    const ctx = resolveContext(undefined);
    const first = detectKind(d, a, ctx);
    expect(KINDS).toContain(first);
    expect(detectKind(d, a, ctx)).toBe(first);
  });
});
