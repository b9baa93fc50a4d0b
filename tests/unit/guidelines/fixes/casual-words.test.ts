import { describe, expect, it } from 'vitest';
import { applied, fixesOn, outcomes } from './helpers';

const letter = (greeting: string, line: string) => `${greeting}\n\n${line}\n\nBest regards,\nSam Taylor`;

describe('casual word fixes', () => {
  it('replaces texting words with their plain forms, the likeliest first', () => {
    const body = letter('Dear Ms Raman,', 'Thank you for the interview, thx again. I am gonna send the deck tomorrow.');
    expect(outcomes(body, fixesOn('casual-language', body))).toEqual([
      `Replace with “thanks” -> ${letter('Dear Ms Raman,', 'Thank you for the interview, thanks again. I am gonna send the deck tomorrow.')}`,
      `Replace with “thank you” -> ${letter('Dear Ms Raman,', 'Thank you for the interview, thank you again. I am gonna send the deck tomorrow.')}`,
      `Replace with “going to” -> ${letter('Dear Ms Raman,', 'Thank you for the interview, thx again. I am going to send the deck tomorrow.')}`,
    ]);
  });

  it('keeps the capital of a word that opens a sentence', () => {
    const body = letter('Dear Ms Raman,', 'Thank you for the interview. Thx for the tour of the lab as well.');
    const [first] = fixesOn('casual-language', body);
    expect(applied(body, first!)).toBe(letter('Dear Ms Raman,', 'Thank you for the interview. Thanks for the tour of the lab as well.'));
  });

  it('turns "Hey <name>" into "Dear <name>" or "Hello <name>", and a bare "Hey" into "Hello"', () => {
    const named = letter('Hey Priya,', 'Thank you for the interview on Monday and for the tour of the lab.');
    expect(outcomes(named, fixesOn('casual-language', named))).toEqual([
      `Replace with “Dear” -> ${letter('Dear Priya,', 'Thank you for the interview on Monday and for the tour of the lab.')}`,
      `Replace with “Hello” -> ${letter('Hello Priya,', 'Thank you for the interview on Monday and for the tour of the lab.')}`,
    ]);
    const bare = letter('Hey,', 'Thank you for the interview on Monday and for the tour of the lab.');
    expect(outcomes(bare, fixesOn('casual-language', bare))).toEqual([`Replace with “Hello” -> ${letter('Hello,', 'Thank you for the interview on Monday and for the tour of the lab.')}`]);
  });

  it('puts a shouted word in lower case and cuts a run of exclamation marks to one', () => {
    const body = letter('Dear Ms Raman,', 'I am VERY excited about the role!!! AMAZING team.');
    expect(outcomes(body, fixesOn('casual-language', body))).toEqual([
      `Change to “very” -> ${letter('Dear Ms Raman,', 'I am very excited about the role!!! AMAZING team.')}`,
      `Keep one “!” -> ${letter('Dear Ms Raman,', 'I am VERY excited about the role! AMAZING team.')}`,
      `Change to “Amazing” -> ${letter('Dear Ms Raman,', 'I am VERY excited about the role!!! Amazing team.')}`,
    ]);
  });

  it('offers nothing for an emoji, whose removal depends on the sentence', () => {
    const body = letter('Dear Ms Raman,', 'Thank you for the interview on Monday 🙂 it was great.');
    expect(fixesOn('casual-language', body)).toEqual([]);
  });
});
