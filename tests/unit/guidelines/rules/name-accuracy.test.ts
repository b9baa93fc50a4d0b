import { describe, expect, it } from 'vitest';
import type { Speller } from '@/lib/core/guidelines';
import { builtinTemplatesFor } from '@/lib/core/templates/builtin';
import { fillTemplate, valuesFromNotes } from '@/lib/core/templates/placeholders';
import { company, draft, finding, GOOD_THANK_YOU, interview, NOW_AFTER_INTERVIEW, priya, tomas } from '../helpers';

const notes = { company: company(), now: NOW_AFTER_INTERVIEW };
const marked = (body: string, f: { ranges: { start: number; end: number }[] }) => f.ranges.map((r) => body.slice(r.start, r.end));

/** A tiny dictionary: enough ordinary words for these letters. */
function fakeSpeller(list: string): Speller {
  const known = new Set(list.toLowerCase().split(/\s+/));
  return { correct: (w) => known.has(w.toLowerCase()) };
}
const speller = fakeSpeller('data director of analytics senior engineer product vp the a');

const TO_TOMAS = { to: [{ name: 'Tomás Ekwueme', address: 'tomas.ekwueme@lumenworks.com' }] };

describe('name-accuracy', () => {
  it('is n/a without notes', () => {
    const f = finding('name-accuracy', draft(GOOD_THANK_YOU));
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/notes/);
  });

  it('passes names spelled as saved, and a formal greeting by surname', () => {
    expect(finding('name-accuracy', draft(GOOD_THANK_YOU), notes).status).toBe('pass');
    const formal = GOOD_THANK_YOU.replace('Dear Priya,', 'Dear Ms. Raman,').replace(
      'I am excited',
      "Tomás Ekwueme's walkthrough of the warehouse jobs and Helen Castellanos's view of pricing were a highlight.\n\nI am excited",
    );
    expect(finding('name-accuracy', draft(formal), notes, { speller }).status).toBe('pass');
  });

  it('fails a near-miss of the recipient’s name in the greeting', () => {
    const body = GOOD_THANK_YOU.replace('Dear Priya,', 'Dear Pria,');
    const f = finding('name-accuracy', draft(body), notes);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(marked(body, f)).toEqual(['Pria']);
    expect(f.message).toMatch(/"Pria".*"Priya"/);
  });

  it('treats a missing accent as a misspelling, and says so', () => {
    const body = `Dear Tomas,\n\nThank you for the walkthrough of the warehouse jobs yesterday. I enjoyed meeting you.\n\nBest regards,\nJordan`;
    const f = finding('name-accuracy', draft(body, TO_TOMAS), notes);
    expect(f.status).toBe('fail');
    expect(marked(body, f)).toEqual(['Tomas']);
    expect(f.message).toMatch(/"Tomás"/);
    expect(f.message).toMatch(/accent/i);
  });

  it('fails a misspelled surname in the body, possessive included', () => {
    const body = GOOD_THANK_YOU.replace('I am excited', "Ms. Castellano's point about pricing stayed with me too.\n\nI am excited");
    const f = finding('name-accuracy', draft(body), notes);
    expect(f.status).toBe('fail');
    expect(marked(body, f)).toEqual(['Castellano']);
    expect(f.message).toMatch(/Castellanos/);
  });

  it('fails a misspelled title when a dictionary is at hand, but not a plural or an ordinary word', () => {
    const body = GOOD_THANK_YOU.replace('I am excited', 'As Director of Analitics, you will know the pain well.\n\nI am excited');
    const f = finding('name-accuracy', draft(body), notes, { speller });
    expect(f.status).toBe('fail');
    expect(marked(body, f)).toEqual(['Analitics']);
    const fine = GOOD_THANK_YOU.replace('I am excited', 'Data quality came up often. Senior Engineers on your side know it.\n\nI am excited');
    const withDana = company({ interviews: [interview({ interviewers: [priya, { id: 'd', name: 'Dana Whitlock', title: 'Senior Engineer' }] })] });
    expect(finding('name-accuracy', draft(fine), { company: withDana, now: NOW_AFTER_INTERVIEW }, { speller }).status).toBe('pass');
  });

  it('fails a greeting to an interviewer who is not a recipient', () => {
    const body = GOOD_THANK_YOU.replace('Dear Priya,', 'Dear Tomás,');
    const f = finding('name-accuracy', draft(body), notes);
    expect(f.status).toBe('fail');
    expect(marked(body, f)).toEqual(['Tomás']);
    expect(f.message).toMatch(/Tomás Ekwueme/);
    expect(f.message).toMatch(/Priya Raman/);
  });

  it('accepts a short form of the first name and the name tied to the address in the notes', () => {
    const body = `Hi Tom,\n\nThank you for the walkthrough of the warehouse jobs yesterday.\n\nBest regards,\nJordan`;
    // The To line has the address only; the notes tie it to Tomás.
    expect(finding('name-accuracy', draft(body, { to: [{ address: tomas.email! }] }), notes).status).toBe('pass');
  });

  it('accepts familiar forms of a recipient’s first name', () => {
    const body = `Hi Bob,\n\nThank you for the tour of the plant on Tuesday.\n\nBest,\nLee`;
    const robert = { to: [{ name: 'Robert Kowalski', address: 'rkowalski@steelline.com' }] };
    expect(finding('name-accuracy', draft(body, robert), notes).status).toBe('pass');
    const michael = { to: [{ name: 'Michael Osei', address: 'michael.osei@steelline.com' }] };
    expect(finding('name-accuracy', draft(body.replace('Bob', 'Mike'), michael), notes).status).toBe('pass');
  });

  it('fails a greeting to a stranger when every recipient is known, but not when one is unknown', () => {
    const body = GOOD_THANK_YOU.replace('Dear Priya,', 'Dear Samantha,');
    expect(finding('name-accuracy', draft(body), notes).status).toBe('fail');
    const shared = draft(body, { to: [{ address: 'recruiting@lumenworks.com' }] });
    expect(finding('name-accuracy', shared, notes).status).toBe('pass');
  });

  describe('words of the notes are the user’s subject matter, not name slips', () => {
    const dana = { id: 'iv-dana', name: 'Dana Whitlock', title: 'Analytics Lead', email: 'dana.whitlock@lumenworks.com', lead: true };
    const toDana = { to: [{ name: dana.name, address: dana.email }] };
    const dataNotes = { company: company({ role: 'Data Analyst', interviews: [interview({ interviewers: [dana] })] }), now: NOW_AFTER_INTERVIEW };
    const real = fakeSpeller('data analyst the a of and on for');

    it('does not take a word of the saved role for a slip of an interviewer’s name', () => {
      const body = `Dear Dana,

Thank you for talking with me about the Data Analyst role. Data quality came up often.

Best regards,
Jordan`;
      expect(finding('name-accuracy', draft(body, toDana), dataNotes, { speller: real }).status).toBe('pass');
      // The same near-miss with no role to explain it is still a slip.
      const bare = { company: company({ role: undefined, interviews: [interview({ interviewers: [dana] })] }), now: NOW_AFTER_INTERVIEW };
      const slip = `Dear Dana,

Thank you for the talk. I enjoyed meeting Dava and the team.

Best regards,
Jordan`;
      expect(marked(slip, finding('name-accuracy', draft(slip, toDana), bare, { speller: real }))).toEqual(['Dava']);
    });

    it('does not take the company’s name or a saved topic for a slip', () => {
      const pria = { ...priya, name: 'Pria Lamb' };
      const notesWithWords = {
        company: company({ name: 'Prism Labs', interviews: [interview({ interviewers: [pria], topics: ['the Lamp dashboards'] })] }),
        now: NOW_AFTER_INTERVIEW,
      };
      const body = `Dear Pria,

Thank you for the tour of Prism Labs. I keep thinking about the Lamp dashboards.

Best regards,
Jordan`;
      const to = { to: [{ name: pria.name, address: pria.email! }] };
      expect(finding('name-accuracy', draft(body, to), notesWithWords).status).toBe('pass');
    });

    it('passes every built-in thank-you filled from notes whose role sits close to a name', () => {
      const now = new Date(NOW_AFTER_INTERVIEW);
      for (const t of builtinTemplatesFor('thank-you')) {
        const values = valuesFromNotes(dataNotes.company, { name: 'Jordan Avery', email: 'jordan@example.net' }, { now, recipients: toDana.to });
        const filled = fillTemplate(t, values);
        const d = draft(filled.text, { subject: filled.subject, ...toDana });
        expect(finding('name-accuracy', d, dataNotes, { speller: real }).status, t.id).toBe('pass');
      }
    });
  });

  it.each(['Constructor', 'Hasownproperty', 'Tostring', 'Valueof', '__proto__'])('judges a greeting that spells an object key (%s) instead of failing to run', (word) => {
    const body = GOOD_THANK_YOU.replace('Dear Priya,', `Dear ${word},`);
    const f = finding('name-accuracy', draft(body), notes);
    expect(f.status).not.toBe('n/a');
    if (/^\p{Lu}/u.test(word)) {
      expect(f.status).toBe('fail');
      expect(f.message).toContain(`"${word}"`);
    }
  });
});
