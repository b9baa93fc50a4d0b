import { describe, expect, it } from 'vitest';
import type { Speller } from '@/lib/core/guidelines';
import { checkDraft } from '@/lib/core/guidelines';
import { loadSpellerNode } from '@/lib/platform/spelling/load-node';
import { company, draft, finding, GOOD_THANK_YOU, interview, NOW_AFTER_INTERVIEW } from '../helpers';

/** A tiny dictionary of ordinary words, enough for the letters below. */
function fakeSpeller(list: string): Speller {
  const known = new Set(list.split(/\s+/).filter(Boolean));
  return {
    correct: (w) => {
      const word = w.replace(/’/g, "'");
      if (known.has(word)) return true;
      // A capitalised word is right when its lower-case form is ("Thank" at a sentence start).
      return /^\p{Lu}\p{Ll}*$/u.test(word) && known.has(word.toLowerCase());
    },
  };
}

const WORDS = `a about and any are as at be before best by call can catch chat could data dear did do for from glad grafana
happy hear hi i i'm in into is it last latency like look looking me meet migration monday month my next of on our p99 question
queue regards role sincerely so spent team thank thanks that the this three through time to today up walked was we week were
when with would you your years after too forward warm hello work loved walk taught lot hearing`;
const speller = fakeSpeller(WORDS);
const marked = (body: string, f: { ranges: { start: number; end: number }[] }) => f.ranges.map((r) => body.slice(r.start, r.end));

const CLEAN = `Hi Anika,

Thank you for the chat on Monday. I loved the question about p99 latency, and I spent the last three years on queue migration work at Brightwave with Grafana and SQL.

I would be happy to walk through it with your team. Looking forward to hearing from you.

Best regards,
Noor Haddad`;

describe('spelling', () => {
  it('passes a clean letter: names, acronyms, brands and proper nouns are left alone', () => {
    const f = finding('spelling', draft(CLEAN, { to: [{ name: 'Anika Sen', address: 'anika@relaycloud.io' }] }), undefined, { speller });
    expect(f.status).toBe('pass');
  });

  it('fails misspelled words and quotes them', () => {
    const body = CLEAN.replace('question', 'qeustion').replace('happy', 'hapy');
    const f = finding('spelling', draft(body, { to: [{ name: 'Anika Sen', address: 'anika@relaycloud.io' }] }), undefined, { speller });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(marked(body, f)).toEqual(['qeustion', 'hapy']);
    expect(f.message).toMatch(/"qeustion", "hapy"/);
  });

  it('tags unknown words (not doubled words or a lowercase start), so they can be added to the dictionary', () => {
    const body = CLEAN.replace('question', 'qeustion').replace('I would be happy', 'i would be happy to to');
    const f = finding('spelling', draft(body, { to: [{ name: 'Anika Sen', address: 'anika@relaycloud.io' }] }), undefined, { speller });
    const tagged = f.ranges.filter((r) => r.tag === 'unknown-word').map((r) => body.slice(r.start, r.end));
    expect(tagged).toEqual(['qeustion']);
    expect(f.ranges.length).toBeGreaterThan(1);
  });

  it('leaves a surname in the greeting or after a courtesy title alone, even one slip from a word', () => {
    const body = 'Ms. Raman:\n\nThank you for the interview. I enjoyed meeting Dr. Ramen and your team.\n\nSincerely,\nJordan Lee';
    const f = finding('spelling', draft(body), undefined, { speller });
    expect(f.status).toBe('pass');
  });

  it('catches a typo at the start of a sentence but not an unknown name there', () => {
    const body = CLEAN.replace('Looking forward', 'Lookign forward').replace('I would be happy', 'Brightwave taught me a lot. I would be happy');
    const f = finding('spelling', draft(body, { to: [{ name: 'Anika Sen', address: 'anika@relaycloud.io' }] }), undefined, { speller });
    expect(marked(body, f)).toEqual(['Lookign']);
  });

  it('never flags words from the notes, the recipients, addresses or links', () => {
    const body = `Dear Priya,

Thank you for the chat about the churn dashboard. Lumenworks and your work on reconciling billing were on my mind, as were my notes at https://jrdn.example.net/qwzx and jordan@exmpl.net.

Best regards,
Jordan`;
    const words = 'thank you for the chat about and your work were on my mind as notes at dear best regards';
    const f = finding('spelling', draft(body), { company: company(), now: NOW_AFTER_INTERVIEW }, { speller: fakeSpeller(words) });
    // "churn", "dashboard", "reconciling" and "billing" are a topic and a challenge saved in the notes.
    expect(f.status).toBe('pass');
    // Without the notes, the short unknown word is a suspect (the longer ones pass as jargon, below).
    expect(marked(body, finding('spelling', draft(body), undefined, { speller: fakeSpeller(words) }))).toEqual(['churn']);
  });

  it('lets a long unknown word pass as jargon unless it is one slip from a known word', () => {
    const body = `Dear Priya,\n\nThank you for the chat about geospatial work and your recieve queue.\n\nBest regards,\nJordan`;
    const f = finding('spelling', draft(body), undefined, { speller: fakeSpeller('dear thank you for the chat about work and your queue best regards receive') });
    expect(marked(body, f)).toEqual(['recieve']);
  });

  it('fails doubled words, across a line break and in any case, but not "had had"', () => {
    const body = `Dear Priya,\n\nThank you for the the time on Monday. It was great to\nTo meet you. By then the team had had a long day.\n\nBest regards,\nJordan`;
    const f = finding('spelling', draft(body));
    expect(f.status).toBe('fail');
    expect(marked(body, f)).toEqual(['the the', 'to\nTo']);
    expect(f.message).toMatch(/doubled/);
  });

  it('fails a lowercase "i" but not "i.e." or a list marker', () => {
    const body = `Dear Priya,\n\nThank you for the interview. i enjoyed it, and i'm keen to help, i.e. to start soon. The plan has parts (i) and (ii).\n\nBest regards,\nJordan`;
    const f = finding('spelling', draft(body));
    expect(f.status).toBe('fail');
    expect(marked(body, f)).toEqual(['i', "i'm"]);
    expect(f.message).toMatch(/capitalised/);
  });

  it('fails a sentence starting in lowercase, but not after "Hi Dana," on the same line, a bullet, a URL or "iPhone"', () => {
    const bad = `Dear Priya,\n\nThank you for the interview. the churn work sounds great.\n\nBest regards,\nJordan`;
    const f = finding('spelling', draft(bad));
    expect(f.status).toBe('fail');
    expect(marked(bad, f)).toEqual(['the']);
    expect(f.message).toMatch(/lowercase/);

    const ok = `Hi Priya, thanks for the interview today.

- built dashboards in Looker
- ran pricing tests
iPhone users were half of our traffic. www.example.com has the write-up. 3 teams used it.

Best regards,
Jordan`;
    expect(finding('spelling', draft(ok)).status).toBe('pass');
  });

  it('does not judge the signature or the quoted thread', () => {
    const body = `Dear Priya,\n\nThank you for the interview.\n\nBest regards,\nJrdn Avrey\n\nOn Tue, 10 Nov 2026 at 16:00, Priya Raman <priya.raman@lumenworks.com> wrote:\n> teh timeline is two weeks`;
    expect(finding('spelling', draft(body), undefined, { speller: fakeSpeller('dear thank you for the interview best regards') }).status).toBe('pass');
  });

  it('reports at most 50 problems on a megabyte of junk, and stops looking once it has them', () => {
    const junk = `Dear Priya,\n\n${'qzx vbnm the the i wrk. '.repeat(45_000)}\n\nBest regards,\nJordan`;
    let lookups = 0;
    const counting = { correct: (w: string) => (lookups++, speller.correct(w)) };
    const f = finding('spelling', draft(junk), undefined, { speller: counting });
    expect(f.status).toBe('fail');
    expect(f.ranges.length).toBeLessThanOrEqual(50);
    // The work is bounded by what is reported, not by the size of the input (225,000 words here).
    expect(lookups).toBeLessThan(10_000);
  });

  describe('with the real dictionary', async () => {
    const real = await loadSpellerNode();

    it('passes a realistic good letter', () => {
      const body = `Dear Ms. Okonkwo,

Thank you for meeting with me on Thursday about the Operations Analyst role at Kestrel Freight. I enjoyed hearing how your team plans to cut empty miles on the Lagos–Abuja corridor, and the idea of a weekly fuel-efficiency review stayed with me.

At Tollgate Logistics I built our route-costing model in Excel and SQL, which saved roughly ₦40m in Q3 alone. I'd welcome the chance to bring that experience to your team — and to learn from your dispatchers, too.

I'm excited about the role and look forward to hearing about next steps.

Kind regards,
Chidi Nwosu
chidi.nwosu@example.com`;
      const result = checkDraft(
        { subject: 'Thank you: Operations Analyst interview', to: [{ name: 'Adaeze Okonkwo', address: 'a.okonkwo@kestrelfreight.com' }], cc: [], bodyText: body },
        undefined,
        { speller: real },
      );
      const f = result.findings.find((x) => x.rule === 'spelling')!;
      expect(f.message).toBe('No spelling slips found.');
      expect(f.status).toBe('pass');
    });

    it('passes British spellings and common compounds', () => {
      const body = GOOD_THANK_YOU.replace('I am excited', 'I would prioritise the rollout and organise the handover; the candour of your team was refreshing.\n\nI am excited');
      expect(finding('spelling', draft(body), undefined, { speller: real }).status).toBe('pass');
    });

    it('fails a letter with typos', () => {
      const body = GOOD_THANK_YOU.replace('enjoyed', 'enjoied').replace('Please let me know', 'Pleaes let me know').replace('messy data', 'mesy data');
      const f = finding('spelling', draft(body), undefined, { speller: real });
      expect(f.status).toBe('fail');
      expect(marked(body, f)).toEqual(['enjoied', 'mesy', 'Pleaes']);
    });

    it('points at the wrong part of a compound, and lets long jargon through', () => {
      const body = GOOD_THANK_YOU.replace('messy data', 'messy, data-drivne work').replace('I am excited', 'Our idempotency checks and geospatial joins would carry over.\n\nI am excited');
      const f = finding('spelling', draft(body), undefined, { speller: real });
      expect(marked(body, f)).toEqual(['drivne']);
    });

    const withMiddle = (middle: string) => GOOD_THANK_YOU.replace('I am excited', `${middle}\n\nI am excited`);

    it.each([
      ['tools written in lower case', 'We moved the jobs to dbt models on postgres, ran them with kubernetes and terraform, and tracked the work in jira.'],
      ['tools at the start of sentences', 'Figma is where I draft. Terraform keeps our cloud tidy. Kafka feeds the warehouse. Jira holds the backlog.'],
      ['tools in capitals and mixed case', 'I use PostgreSQL, BigQuery, React, Snowflake and GitHub daily, and my MSc used SQL and AWS.'],
      ['trade words of other jobs', 'I precepted new nurses, ran prepress checks, cut mispicks at the dock and led preconstruction meetings.'],
      ['prefixes and plural compounds', 'I taught twelve-year-olds for years, ran weekly check-ins, and fixed mis-picks before the restocking.'],
    ])('passes %s', (_, middle) => {
      expect(finding('spelling', draft(withMiddle(middle)), undefined, { speller: real }).status).toBe('pass');
    });

    it.each([
      'The programme taught organisation and modelling, and the centre travelled well.',
      'I paid by cheque, checked the grey tyres, and learnt the maths of the storey heights.',
      'Your enquiry about the fibre rollout was a skilful question; I practise that analysis weekly.',
    ])('passes standard British spellings: %s', (middle) => {
      expect(finding('spelling', draft(withMiddle(middle)), undefined, { speller: real }).status).toBe('pass');
    });

    it('learns the words of the notes: company, role, people, topics and free notes', () => {
      const notes = {
        company: company({
          name: 'Dovix',
          role: 'Kemra Pricing Analyst',
          notes: 'They forecast with Zorp.',
          interviews: [interview({ topics: ['the plenk migration'], interviewers: [{ id: 'x', name: 'Oyelo Brandt', title: 'Head of Pricing' }] })],
        }),
        now: NOW_AFTER_INTERVIEW,
      };
      const body = withMiddle('the plenk migration, dovix, zorp and kemra came up with oyelo more than once.');
      // Without the notes, these short unknown words read as typos.
      expect(marked(body, finding('spelling', draft(body), undefined, { speller: real }))).toEqual(['the', 'plenk', 'dovix', 'zorp', 'kemra', 'oyelo']);
      const f = finding('spelling', draft(body), notes, { speller: real });
      // Only the lowercase sentence start is left to report; no word of the notes is taken for a typo.
      expect(marked(body, f)).toEqual(['the']);
    });

    it('still fails common misspellings among tool names', () => {
      const body = withMiddle('I definately recieve dbt alerts and beleive the oppurtunity is real.');
      const f = finding('spelling', draft(body), undefined, { speller: real });
      expect(marked(body, f)).toEqual(['definately', 'recieve', 'beleive', 'oppurtunity']);
    });
  });
});
