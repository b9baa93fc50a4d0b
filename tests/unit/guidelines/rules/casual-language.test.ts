import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU, NOW_AFTER_INTERVIEW } from '../helpers';

const letter = (middle: string, greeting = 'Dear Ms. Abara,') => `${greeting}

Thank you for the interview for the Cloud Engineer role. ${middle}

Best regards,
Theo Lambert
theo.lambert@example.com`;

const check = (body: string, subject = 'Thank you – Cloud Engineer interview', context = {}) => finding('casual-language', draft(body, { subject }), context, { kind: 'thank-you' });

const underlined = (body: string, f: { ranges: { field: string; start: number; end: number }[] }) => f.ranges.filter((r) => r.field === 'body').map((r) => body.slice(r.start, r.end));

describe('casual-language', () => {
  it('passes the reference letter', () => {
    expect(check(GOOD_THANK_YOU).status).toBe('pass');
  });

  it('passes acronyms, figures, an em dash, a URL and one exclamation mark', () => {
    const body = letter(
      'Your Q3 plan to move the nightly SQL jobs onto AWS, with KPI alerts for the ETL — and the NASA-style runbooks — was a delight to discuss! My write-up of a similar migration is at https://theolambert.dev/aws-etl. I worked in the U.S. and the EU on GDPR and HIPAA projects, and the IT team I led hit every SLA.',
    );
    expect(check(body).status).toBe('pass');
  });

  it('passes a company name written in capitals when the notes know it', () => {
    const body = letter('I am excited about the chance to join NORTHWIND and help the platform team.');
    expect(check(body, undefined, { company: company({ name: 'NORTHWIND' }), now: NOW_AFTER_INTERVIEW }).status).toBe('pass');
  });

  it.each([
    ['gonna', 'I am gonna read up on your Terraform modules this weekend.'],
    ['btw', 'Btw, I found the article on spot instances you mentioned.'],
    ['u', 'Thank u again for the tour.'],
    ['lol', 'The outage story was great lol.'],
  ])('flags the slang word "%s" and underlines it', (word, middle) => {
    const body = letter(middle);
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(underlined(body, f).map((w) => w.toLowerCase())).toContain(word);
  });

  it('flags "Hey" as a greeting', () => {
    const body = letter('I enjoyed it.', 'Hey Amaka,');
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(underlined(body, f)).toContain('Hey');
  });

  it('does not flag "they" or "hey" inside other words', () => {
    expect(check(letter('They said the heyday of on-premise servers is over, and I agree.')).status).toBe('pass');
  });

  it('flags emojis and emoticons', () => {
    const body = letter('I really enjoyed it 😊 and the team was great :)');
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(underlined(body, f)).toEqual(['😊', ':)']);
    expect(f.message).toMatch(/emoji/);
  });

  it('flags "!!" and more than two exclamation marks in all', () => {
    const doubled = letter('It was wonderful!!');
    expect(underlined(doubled, check(doubled))).toEqual(['!!']);
    const three = letter('It was wonderful! I loved the demo! And the coffee!');
    const f = check(three);
    expect(f.status).toBe('fail');
    expect(f.ranges).toHaveLength(3);
    expect(f.message).toContain('3 exclamation marks');
  });

  it('flags shouting in capitals but not acronyms', () => {
    const body = letter('I am VERY excited and REALLY hope to join your SRE team.');
    const f = check(body);
    expect(underlined(body, f)).toEqual(['VERY', 'REALLY']);
    expect(f.message).toMatch(/capitals/);
  });

  it('looks at the subject too', () => {
    const f = check(letter('I enjoyed our talk about the on-call rota.'), 'THANK YOU!!');
    expect(f.status).toBe('fail');
    expect(f.ranges.some((r) => r.field === 'subject')).toBe(true);
  });

  it('leaves professional abbreviations in capitals alone ("RN", "BC") but flags texting shorthand', () => {
    expect(check(letter('As an RN in BC, I have worked nights on a cardiac unit.')).status).toBe('pass');
    const body = letter('I can start in two weeks bc my notice period is short.');
    expect(underlined(body, check(body))).toEqual(['bc']);
  });

  it('ignores a mail system tag in the subject', () => {
    expect(check(letter('I enjoyed our talk about the on-call rota.'), '[EXTERNAL] Thank you – Cloud Engineer interview').status).toBe('pass');
  });

  it('takes a long word in capitals for an acronym unless the dictionary knows it', () => {
    const speller = { correct: (w: string) => ['fantastic', 'thrilled'].includes(w.toLowerCase()) };
    const body = letter('Your EBITDA bridge and the NetSuite rollout were a FANTASTIC topic, and I am THRILLED.');
    const f = finding('casual-language', draft(body), undefined, { kind: 'thank-you', speller });
    expect(underlined(body, f)).toEqual(['FANTASTIC', 'THRILLED']);
  });

  it('does not read a mail-merge slot in capitals as shouting', () => {
    expect(check(letter('I would love to grow with %COMPANY% and the [JOB TITLE] team, *|FNAME|*.')).status).toBe('pass');
    expect(check(letter('Thanks, %FIRSTNAME%.'), 'Thank you, %FIRSTNAME%').status).toBe('pass');
  });

  it('counts single exclamation marks in the body only', () => {
    expect(check(letter('It was wonderful! I loved the demo!'), 'Thank you – Cloud Engineer interview!').status).toBe('pass');
  });

  it('flags texting shorthand such as "lmk"', () => {
    const body = letter('Lmk if you need anything else.');
    expect(underlined(body, check(body))).toEqual(['Lmk']);
  });
});
