import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const body = (closing: string) => `Hi Marco,

Thank you for the chat about the Line Cook opening and for letting me work a trial shift on the grill station. I learned a lot from watching how your team plates the tasting menu, and I would love to join the kitchen.

${closing}
Lucia Ferrante
lucia.ferrante@example.com`;

const check = (text: string, kind: 'thank-you' | 'note' = 'thank-you') => finding('sign-off', draft(text, { subject: 'Thank you – Line Cook trial shift' }), undefined, { kind });

describe('sign-off', () => {
  it('passes the reference letter', () => {
    expect(finding('sign-off', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it.each(['Sincerely,', 'Kind regards,', 'Best,', 'Thank you again,', 'With appreciation,', 'Respectfully,', 'Looking forward to hearing from you,'])(
    'passes a professional closing: %s',
    (closing) => {
      expect(check(body(closing)).status).toBe('pass');
    },
  );

  it('passes a closing and name on one line ("Best regards, Lucia")', () => {
    const text = `Hi Marco,\n\nThank you for the trial shift on the grill station. I would love to join the kitchen.\n\nBest regards, Lucia`;
    expect(check(text).status).toBe('pass');
  });

  it.each(['Cheers,', 'Thx,', 'Later!', 'xoxo', 'Take care,', 'Talk soon!'])('fails a casual closing and underlines it: %s', (closing) => {
    const text = body(closing);
    const f = check(text);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('too casual');
    expect(text.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toBe(closing);
  });

  it('fails a letter that goes straight from the text to the name', () => {
    const text = `Dear Ms. Varga,

Thank you for meeting me about the Paralegal role and for explaining how the firm is moving its discovery work onto Relativity. I am keen to help with that transition.

Tamsin Greer
tamsin.greer@example.com`;
    const f = check(text);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no closing line/i);
  });

  it('applies to a handwritten note too', () => {
    const text = `Dear Ms. Varga,\n\nThank you for your time on Monday; the tour of the archive was a highlight.\n\nCheers,\nTamsin`;
    expect(check(text, 'note').status).toBe('fail');
  });

  it.each([
    'With all good wishes,',
    'Warm regards',
    'Respectfully yours,',
    'Yours truly,',
    'All the best,',
    'Best',
    'Best wishes,',
    'Many thanks,',
    'Thank you again',
    'Regards',
    'Warmly,',
    'Thank you,',
    'Thanks,',
  ])('passes a closing beyond the common few, with or without its comma: %s', (closing) => {
    const f = check(body(closing));
    expect(f.status).toBe('pass');
    expect(f.message).toContain(`“${closing}”`);
  });

  it.each([
    ['a name slot', '[Your Name]\n[Phone Number] | [Email Address]'],
    ['a title and an address', 'Lucia Ferrante\nSous Chef\n22 Orchard Street\nPortland, ME 04101'],
    ['credentials, a phone and links', 'Lucia Ferrante, CEC\n(207) 555-0119\nluciacooks.kitchen\nlinkedin.com/in/luciaferrante'],
  ])('passes a closing followed by %s', (_, sig) => {
    const text = `Hi Marco,\n\nThank you for the trial shift on the grill station.\n\nKind regards,\n${sig}`;
    expect(check(text).status).toBe('pass');
  });

  it.each([
    '… I look forward to hearing from you. Regards Jamie Lin',
    '… about the next steps. Best regards, Jamie Lin 555-0100 jamie.lin@example.com',
    '… during the transition. Yours truly, Patricia Gorman',
  ])('passes a closing run into the last line of a flattened paste: %s', (tail) => {
    const text = `Dear Mr. Patel, thank you for the call yesterday about the Data Analyst role. ${tail.slice(2)}`;
    expect(check(text).status).toBe('pass');
  });

  it('fails a flattened paste that runs straight from the text into the name', () => {
    const text = 'Dear Mr. Patel, thank you for the call yesterday. I look forward to hearing from you. Jamie Lin 555-0100';
    const f = check(text);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no closing line/i);
  });

  it('does not take the last sentence of thanks for a closing line', () => {
    const text = `Dear Ms. Varga,\n\nI enjoyed the tour of the archive.\nThank you for showing me the new reading room.\nTamsin Greer`;
    expect(check(text).status).toBe('fail');
  });
});
