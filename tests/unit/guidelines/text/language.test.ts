import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/core/guidelines';
import { analyze } from '@/lib/core/guidelines/analysis';
import { guessLanguage } from '@/lib/core/guidelines/text/language';
import { words } from '@/lib/core/guidelines/text/tokens';
import { draft } from '../helpers';

// A long signature full of names, titles and places: none of it says what language the letter is in.
const SIGNATURE = `Jordan Avery
Senior Revenue Analyst, Fernhill Logistik GmbH
(555) 014-2290
Königstraße 12, Haus B
70173 Stuttgart
jordan.avery@example.net`;

const WEAK = `hey thx for the interview lol, [Interviewer Name]

${SIGNATURE}`;

const DECENT = `Dear Priya,

Thank you for taking the time to talk with me yesterday about the Product Analyst role. I enjoyed hearing how your team is approaching the churn dashboard redesign.

At Fernhill I rebuilt our revenue reporting on two mismatched billing systems, which cut the monthly close from nine days to four. I would bring the same care with messy data to your team.

I am excited about the chance to join Lumenworks, and I look forward to hearing about the next steps.

Best regards,
${SIGNATURE}`;

describe('language of the draft', () => {
  it('judges only the writer’s prose: a short English note over a long signature is English', () => {
    expect(analyze(draft(WEAK)).language).toBe('en');
  });

  it('takes a short text for English unless another language clearly shows', () => {
    expect(guessLanguage(words('Thanks again, see you Monday'))).toBe('en');
    expect(guessLanguage(words('ok great'))).toBe('en');
    expect(guessLanguage(words('Muchas gracias por la entrevista de ayer'))).toBe('other');
    expect(guessLanguage(words('Vielen Dank für das Gespräch'))).toBe('other');
    expect(guessLanguage(words('ありがとうございました'))).toBe('other');
  });

  it('still tells a longer draft in another language apart', () => {
    const body = `Estimado Sr. Ruiz:\n\nLe agradezco mucho la entrevista de ayer para el puesto de analista. Fue un placer conocer al equipo y hablar sobre la migración de los datos.\n\nAtentamente,\n${SIGNATURE}`;
    expect(analyze(draft(body)).language).toBe('other');
  });

  it('runs every English check on a weak short draft, which then scores clearly below a decent one', () => {
    const weak = checkDraft(draft(WEAK, { subject: 'thx' }), undefined, { kind: 'thank-you' });
    const decent = checkDraft(draft(DECENT), undefined, { kind: 'thank-you' });
    expect(weak.language).toBe('en');
    const byRule = new Map(weak.findings.map((f) => [f.rule, f.status]));
    // No check is skipped as "another language", and the obvious faults are all reported.
    expect(weak.findings.filter((f) => /another language/.test(f.message))).toEqual([]);
    for (const id of ['casual-language', 'salutation', 'sign-off', 'length'] as const) expect(byRule.get(id), id).toBe('fail');
    expect(decent.score - weak.score).toBeGreaterThanOrEqual(30);
  });
});
