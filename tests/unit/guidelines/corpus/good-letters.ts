/**
 * Good follow-up letters in varied real-world styles, written for these tests. None of
 * them should fail an error rule: they guard the engine against false alarms.
 */
import type { Kind } from '@/lib/core/guidelines';

export interface Letter {
  name: string;
  kind: Kind;
  subject: string;
  to: { name?: string; address: string }[];
  body: string;
}

export const GOOD_LETTERS: Letter[] = [
  {
    name: 'thank-you, nurse manager, short paragraphs',
    kind: 'thank-you',
    subject: 'Thank you for the Charge Nurse interview',
    to: [{ name: 'Denise Okoro', address: 'dokoro@stlukes-health.org' }],
    body: `Dear Ms. Okoro,

Thank you for meeting with me this afternoon about the Charge Nurse position on 4 West. I appreciated your candour about the staffing gaps on night shifts and the new handoff protocol you are piloting.

In my six years at Riverside General I led the rollout of bedside shift reports on a 32-bed unit, and our missed-medication incidents fell by a third within two quarters. I would welcome the chance to bring that experience to your handoff pilot.

I am enthusiastic about joining your team and look forward to hearing from you.

Sincerely,
Marcus Bell, RN
marcus.bell.rn@example.com
(312) 555-0187`,
  },
  {
    name: 'thank-you, software engineer, with a short bullet list and a link',
    kind: 'thank-you',
    subject: 'Thanks for today, Backend Engineer interview (Sofia Marchetti)',
    to: [{ name: 'Raj Malhotra', address: 'raj@tidewater.dev' }],
    body: `Hi Raj,

Thanks for the conversation today. Your description of the queue backlog that builds up every Monday morning was a great puzzle, and I have kept thinking about it since.

A few things from my time at Parcelpoint that map onto it:
- I moved our job scheduler from cron to a Postgres-backed queue, which removed our weekend pile-ups.
- I added per-tenant rate limits so one large customer could no longer starve the others.
- I wrote the runbook our on-call engineers still use.

I am genuinely excited about the role and about the team's approach to ownership. If it helps, the write-up of the scheduler migration is here: https://sofiamarchetti.dev/notes/queue-migration

Looking forward to the next steps.

Best,
Sofia Marchetti
sofia@marchetti.me | 415-555-0119`,
  },
  {
    name: 'thank-you, teacher, warm and brief',
    kind: 'thank-you',
    subject: 'Thank you – Year 5 teaching post',
    to: [{ name: 'Gwen Harlow', address: 'g.harlow@oakfield.sch.uk' }],
    body: `Dear Mrs Harlow,

Thank you for showing me around Oakfield this morning and for the chance to teach the phonics lesson with your Year 5 class. Hearing how you use reading partnerships to support the pupils who joined mid-year was inspiring.

The partnership scheme I set up at my current school lifted our lowest readers by two bands in a year, and I would love to help your team build on what you have started.

I remain very interested in the post and look forward to hearing from you.

Kind regards,
Hannah Whitfield
07700 900461`,
  },
  {
    name: 'follow-up after the decision date',
    kind: 'follow-up',
    subject: 'Following up: Marketing Coordinator application',
    to: [{ name: 'Carlos Mendes', address: 'cmendes@brightleaf.co' }],
    body: `Dear Carlos,

I hope you are well. When we spoke on March 3 you mentioned the team planned to decide by the end of last week, so I wanted to follow up on my application for the Marketing Coordinator role.

I am still very interested in helping Brightleaf grow its newsletter audience, and my experience doubling the subscriber list at Fernway Books feels like a close match for the goals you described.

Thank you for your time and consideration. I look forward to hearing from you.

Best regards,
Aisha Rahman
aisha.rahman@example.org
+1 646 555 0134`,
  },
  {
    name: 'second follow-up with something new',
    kind: 'second-follow-up',
    subject: 'Marketing Coordinator role: a short case study',
    to: [{ name: 'Elena Voss', address: 'evoss@brightleaf.co' }],
    body: `Dear Ms. Voss,

I am writing again to follow up on my email of March 12 about the Marketing Coordinator position. Since then I put together a short case study on how two independent publishers grew their newsletters, which I thought might interest your team: https://aisharahman.net/newsletter-case-study

The same approach helped me grow the Fernway Books list from 4,000 to 9,500 readers, and I would be glad to apply it to the audience goals you shared with me. I remain keen on the role and would be glad to talk whenever it suits you. Thank you again for considering my application.

Kind regards,
Aisha Rahman
aisha.rahman@example.org`,
  },
  {
    name: 'update about another offer',
    kind: 'update',
    subject: 'Update on my application: Financial Analyst',
    to: [{ name: 'Wen Li', address: 'wen.li@harborcap.com' }],
    body: `Dear Ms. Li,

Thank you again for the time you and Mr. Ferris spent with me last Tuesday. I wanted to let you know that I have received an offer from another firm and have been asked to reply by Friday, April 18.

Harbor Capital is still my first choice, and I am excited about the work on your mid-market portfolio. Would it be possible to learn where things stand before then?

I appreciate your help and look forward to hearing from you.

Sincerely,
Daniel Osei
daniel.osei@example.com
(917) 555-0162`,
  },
  {
    name: 'withdrawal that keeps the door open',
    kind: 'withdrawal',
    subject: 'Withdrawing my application – Operations Manager',
    to: [{ name: 'Ingrid Dahl', address: 'ingrid.dahl@nordfrakt.no' }],
    body: `Dear Ingrid,

Thank you for your time and for the thoughtful conversations during the interview process. After a great deal of thought, I have accepted another position and would like to withdraw my application for the Operations Manager role.

I enjoyed meeting your team and learning about the new terminal in Bergen. I hope we cross paths again, and I wish you every success with the expansion.

Kind regards,
Lars Eriksen
lars.eriksen@example.no
+47 412 55 019`,
  },
  {
    name: 'handwritten note',
    kind: 'note',
    subject: '',
    // Written for a card: no subject and no recipient (a draft with either is an email).
    to: [],
    body: `Dear Mr. Adeyemi,

Thank you for the tour of the studio and for sharing the sketches of the riverside library. It was a pleasure to meet the team, and I left excited about the chance to contribute.

With appreciation,
Naomi Park`,
  },
  {
    name: 'thank-you with a first-name sign-off and LinkedIn in the signature',
    kind: 'thank-you',
    subject: 'Thank you – Data Scientist interview',
    to: [{ name: 'Olivia Grant', address: 'olivia.grant@fieldnote.ai' }],
    body: `Hello Olivia,

Thank you for taking the time to speak with me yesterday about the Data Scientist opening. I especially enjoyed our discussion of the crop-yield forecasting model and the trouble with sparse sensor readings in the northern fields.

At AgriSense I built a gap-filling approach for patchy soil-moisture data that improved our forecast error by 18%, and I think a similar method could help your team with the sensor gaps you described.

I am very excited about the possibility of joining Fieldnote. Please let me know if there is anything else you need from me.

Warm regards,
Tomasz Nowak
tomasz.nowak@example.com
linkedin.com/in/tomasznowak`,
  },
];
