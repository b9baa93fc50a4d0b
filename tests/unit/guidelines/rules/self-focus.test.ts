import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU } from '../helpers';

// Fourteen sentences about the writer and none about the reader.
const ALL_ABOUT_ME = `Dear Priya,

Thank you for the interview. I have always loved analytics and I think my background is strong. I studied statistics and I graduated with honours. I spent three years at a bank where I built my first dashboards. I am proud of my work there. I also led my own side project, and I published it myself. I believe I am ready for my next step, and I know my skills will grow.

Best regards,
Jordan Avery`;

describe('self-focus', () => {
  it('passes a letter balanced between the writer and the team', () => {
    expect(finding('self-focus', draft(GOOD_THANK_YOU)).status).toBe('pass');
  });

  it('passes a short letter even if it mostly says "I"', () => {
    const body = `Hi Omar,\n\nI enjoyed our talk about the depot schedules. I think my routing experience fits, and I am keen to hear what comes next.\n\nBest,\nLuca`;
    expect(finding('self-focus', draft(body, { to: [{ name: 'Omar', address: 'omar@fleetline.io' }] })).status).toBe('pass');
  });

  it('fails a letter that is only about the writer, and marks the pronouns', () => {
    const f = finding('self-focus', draft(ALL_ABOUT_ME));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('tip');
    expect(f.message).toMatch(/\d+ times/);
    expect(f.ranges.length).toBeGreaterThan(12);
    expect(f.ranges.every((r) => /^(?:I|my|me|myself)$/.test(ALL_ABOUT_ME.slice(r.start, r.end)))).toBe(true);
  });

  it('counts the company name, from the notes or the recipient domain, as talking about them', () => {
    const balanced = ALL_ABOUT_ME.replace(
      'Thank you for the interview.',
      'Thank you for the interview. Lumenworks is where I want to grow. Lumenworks shipped the churn dashboard. Lumenworks plans pricing tests.',
    );
    // 20 first-person words against 4 mentions of them ("Thank you" and the company three times): still over 3 to 1.
    expect(finding('self-focus', draft(balanced)).status).toBe('fail');
    const more = balanced.replace('Best regards', 'I hope Lumenworks and your team find this useful for the quarter ahead; you have a great product.\n\nBest regards');
    // 21 against 8: balanced. The recipient's domain, lumenworks.com, names the company even without notes.
    expect(finding('self-focus', draft(more)).status).toBe('pass');
    expect(finding('self-focus', draft(more), { company: company() }).status).toBe('pass');
    // Sent to a personal address with no notes, "Lumenworks" is just a word: 21 against 4.
    const personal = draft(more, { to: [{ name: 'Priya Raman', address: 'priya.r@gmail.com' }] });
    expect(finding('self-focus', personal).status).toBe('fail');
    expect(finding('self-focus', personal, { company: company() }).status).toBe('pass');
  });
});
