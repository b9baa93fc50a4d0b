/**
 * The content rules on the classes of wording that real letters use: generic ties and thin
 * references that must not pass, and sincere phrasings outside a short word list that must.
 */
import { describe, expect, it } from 'vitest';
import { draft, finding } from '../helpers';

const letter = (middle: string, close = 'Best regards,\nRowan Hale\nrowan.hale@example.net') => `Dear Ms. Ferrante,

${middle}

${close}`;
const status = (rule: Parameters<typeof finding>[0], body: string, kind: 'thank-you' | 'note' | 'follow-up' | 'second-follow-up' | 'update') =>
  finding(rule, draft(body, { subject: 'Thank you – Logistics Planner interview' }), undefined, { kind }).status;

describe('value-recap: a concrete result tied to a need they described', () => {
  it.each([
    ['skills that "align with your goals"', 'Thank you for meeting me on Monday. I believe my skills align with your goals and I would be an asset to your team.'],
    ['confidence alone', 'Thank you for the interview. I am confident I can contribute from day one, and my experience makes me a strong fit for the role.'],
    ['a list of skills', 'Thank you for your time. I bring strong skills in Excel, scheduling and vendor relations, and I am a fast learner and a team player.'],
    ['results with no need of theirs', 'Thank you for the interview. At Carrow Freight I cut late deliveries by 22% and trained nine planners. I am sure I can do the same for you.'],
    ['slots where the substance should be', 'Thank you for the interview. With my background in [Skill 1] and [relevant experience], I could help your team reach [goal].'],
  ])('fails %s', (_, middle) => {
    expect(status('value-recap', letter(middle), 'thank-you')).toBe('fail');
  });

  it('fails skills listed beside a described need with nothing linking them', () => {
    const body = letter(
      'Thank you for the tour. It was useful to hear that the cross-dock keeps missing its afternoon cut-off when the trailers arrive late.\n\nI have managed teams of up to ten planners. I have experience with routing software, budgeting and safety audits.',
    );
    expect(status('value-recap', body, 'thank-you')).toBe('fail');
  });

  it('passes a result set against the problem they named, even through a pronoun', () => {
    const body = letter(
      'Thank you for the tour. You mentioned that the cross-dock keeps missing its afternoon cut-off when trailers arrive late.\n\nAt Carrow Freight I rebuilt the dock schedule around arrival windows, and missed cut-offs fell from twelve a week to two. I would be glad to try that approach on your afternoon wave.',
    );
    expect(status('value-recap', body, 'thank-you')).toBe('pass');
  });

  it('passes a similar result placed right after the need, with no tying verb', () => {
    const body = letter(
      'Thank you again for the interview. Our talk about the returns backlog at the Leeds depot has stayed with me. At Carrow Freight we cleared a similar backlog of returns in six weeks by sorting them at the gate.',
    );
    expect(status('value-recap', body, 'follow-up')).toBe('pass');
  });
});

describe('specific-detail: concrete beyond the job title and generic interview words', () => {
  it.each([
    ['the role and the culture', 'Thank you for the interview. I enjoyed learning more about the role and your company culture, and meeting the team.'],
    ['the employer by name only', 'Thank you for the interview. I enjoyed learning more about Carrow Freight and our conversation.'],
    ['the timeline only', 'I am following up on my interview for the Logistics Planner position. You said you would decide by the 14th, and that date has passed.'],
    ['"as we discussed" with nothing after it', 'Thank you for the interview. As we discussed, I have a strong background in planning.'],
    ["the candidate's own project", 'Thank you for the interview. I built a routing project at my last job and launched our loyalty program.'],
  ])('fails %s', (_, middle) => {
    expect(status('specific-detail', letter(middle), 'thank-you')).toBe('fail');
  });

  it.each([
    ['something watched', 'Thank you for the morning on the floor. Watching your dispatchers re-route the Friday trucks around the bridge closure was an education.'],
    ['a thing they built', 'Thank you for the visit. I keep thinking about the parts kiosk you set up by the loading bay.'],
    ['a remark framed as their candour', 'Thank you for the interview. I appreciated your frankness about the fuel surcharge disputes with two carriers.'],
    ['what they let the candidate do', 'Thank you for letting me shadow the night receiving crew on Tuesday.'],
    ['news heard', 'Thank you for the interview. I was glad to hear that the depot is adding cold storage next spring.'],
  ])('passes %s', (_, middle) => {
    expect(status('specific-detail', letter(middle), 'note')).toBe('pass');
  });
});

describe('enthusiasm: sincere phrasings, not confidence or need', () => {
  it.each([
    'I left our conversation even more eager to help with the depot move.',
    'Carrow remains my first choice.',
    'I would be proud to join your planning desk.',
    'I would much rather work with your team than anywhere else.',
    'I really want this job and the chance to learn from your planners.',
    'I would very much like to be considered for the planner position.',
    'Count me in for the next round.',
  ])('passes: %s', (middle) => {
    expect(status('enthusiasm', letter(`Thank you for the interview. ${middle}`), 'thank-you')).toBe('pass');
  });

  it.each(['I think I would be a great fit for the team.', 'I am passionate about logistics.', 'I really need this job.', 'I am not very interested in relocating.'])(
    'fails: %s',
    (middle) => {
      expect(status('enthusiasm', letter(`Thank you for the interview. ${middle}`), 'thank-you')).toBe('fail');
    },
  );
});

describe('next-step: a forward close, not a demand or a bare status question', () => {
  it.each([
    "I'd welcome the chance to meet the rest of the team.",
    "I'm glad to keep talking whenever it suits you.",
    'I hope we can speak again soon.',
    "I'm happy to come in for another round.",
    "I'd be grateful for any update you can share.",
    'I would welcome a second conversation with your operations lead.',
  ])('passes: %s', (end) => {
    expect(status('next-step', letter(`Thank you again for the interview.\n\n${end}`), 'follow-up')).toBe('pass');
  });

  it.each([
    'I expect an answer by end of day Friday. If I do not hear from you by then, I will assume the role is filled.',
    'Any update on the planner position? I interviewed two weeks ago.',
    'I need to know by Friday. Please call me with your decision.',
  ])('fails: %s', (end) => {
    expect(status('next-step', letter(`Thank you again for the interview.\n\n${end}`), 'follow-up')).toBe('fail');
  });
});

describe('gratitude: thanks for something, not a closing word', () => {
  it('fails a follow-up whose only thanks is the closing "Thanks,"', () => {
    const body = letter('I am checking in on the Logistics Planner role. Please let me know if there is any news.', 'Thanks,\nRowan');
    expect(status('gratitude', body, 'follow-up')).toBe('fail');
  });

  it('does not take a request ("I\'d appreciate a yes or no") for thanks', () => {
    const body = letter("I'd really appreciate a yes or no this week so I can plan.", 'Regards,\nRowan');
    expect(status('gratitude', body, 'follow-up')).toBe('fail');
  });

  it.each(['thx so much for chatting with me today.', 'Thank you and the panel for the time you gave me on Monday.', 'I appreciated the time you took to show me the yard.'])(
    'passes: %s',
    (middle) => {
      expect(status('gratitude', letter(middle), 'thank-you')).toBe('pass');
    },
  );

  it('passes a closing line that thanks for something', () => {
    const body = letter('I am checking in on the Logistics Planner role.', 'Thank you for your time,\nRowan');
    expect(status('gratitude', body, 'follow-up')).toBe('pass');
  });
});

describe('needy-tone, resume-restating and self-focus classes', () => {
  it('needy-tone fails arguing against oneself by comparison, and doubts about the interview', () => {
    expect(status('needy-tone', letter('Thank you. I know there are probably candidates with more experience than me.'), 'thank-you')).toBe('fail');
    expect(status('needy-tone', letter('Thank you. I feel like I did not explain my routing work well.'), 'thank-you')).toBe('fail');
  });

  it('resume-restating counts duties with an adverb in them and bare achievement sentences', () => {
    const body = letter(
      'Thank you for the interview. I was also responsible for the weekly carrier report. My duties also included rate audits. I built the routing model. I led a team of six planners.',
    );
    expect(status('resume-restating', body, 'thank-you')).toBe('fail');
  });

  it('self-focus counts the employer named by the start of its mail domain', () => {
    const body = `Dear Gil,

${'I planned the routes and I checked the loads. '.repeat(5)}I think Carrow would suit me: Carrow moves fast, Carrow trains well and Carrow is where I want to be. I hope you agree.

Best regards,
Rowan Hale
rowan.hale@example.net`;
    const d = draft(body, { subject: 'Thank you – Planner interview', to: [{ name: 'Gil Carrow', address: 'gil@carrowhq.com' }] });
    expect(finding('self-focus', d, undefined, { kind: 'thank-you' }).status).toBe('pass');
    // Without that domain the name is unknown and the letter reads as all about the writer.
    const other = draft(body, { subject: 'Thank you – Planner interview', to: [{ name: 'Gil Carrow', address: 'gil@example.org' }] });
    expect(finding('self-focus', other, undefined, { kind: 'thank-you' }).status).toBe('fail');
  });
});
