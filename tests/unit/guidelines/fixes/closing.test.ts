import { describe, expect, it } from 'vitest';
import { fixesOn, outcomes } from './helpers';

const letter = (closing: string) => `Dear Ms Raman,\n\nThank you for the interview on Monday and for the tour of the analytics lab. I would love to join the team.\n\n${closing}\nSam Taylor`;

describe('closing fixes', () => {
  it.each(['Cheers,', 'Talk soon!', 'Thx,', 'Take care,'])('replaces the casual closing "%s" with a professional one', (closing) => {
    const body = letter(closing);
    expect(outcomes(body, fixesOn('sign-off', body))).toEqual([`Replace with “Best regards,” -> ${letter('Best regards,')}`, `Replace with “Kind regards,” -> ${letter('Kind regards,')}`]);
  });

  it('offers nothing when the closing is missing (which words to add is the user’s choice)', () => {
    const body = 'Dear Ms Raman,\n\nThank you for the interview on Monday and for the tour of the analytics lab.\nSam Taylor';
    expect(fixesOn('sign-off', body)).toEqual([]);
  });
});
