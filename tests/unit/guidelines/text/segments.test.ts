import { describe, expect, it } from 'vitest';
import { findQuoteStart, segment } from '@/lib/core/guidelines/text/segments';

const slice = (text: string, s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);

describe('segment', () => {
  it('separates greeting, main text, sign-off and signature', () => {
    const body = `Dear Mr. Lindqvist,\n\nThank you for showing me around the plant on Tuesday.\nThe tour of the packaging line was the highlight.\n\nKind regards,\nAmara Osei\n+44 20 7946 0321`;
    const s = segment(body);
    expect(s.greeting?.text).toBe('Dear Mr. Lindqvist,');
    expect(slice(body, s.main)).toBe('Thank you for showing me around the plant on Tuesday.\nThe tour of the packaging line was the highlight.');
    expect(s.signOff?.text).toBe('Kind regards,');
    expect(slice(body, s.signature)).toBe('Amara Osei\n+44 20 7946 0321');
  });

  it('splits a greeting that shares its line with the first sentence', () => {
    const body = 'Hi Dana, thanks again for the call this morning.\n\nBest,\nLee';
    const s = segment(body);
    expect(s.greeting?.text).toBe('Hi Dana,');
    expect(slice(body, s.main)?.trim()).toBe('thanks again for the call this morning.');
    expect(s.signOff?.text).toBe('Best,');
  });

  it('recognises a bare name as the greeting', () => {
    const s = segment('Marisol,\n\nI appreciated the time you gave me today.\n\nSincerely,\nKeiko');
    expect(s.greeting?.text).toBe('Marisol,');
  });

  it.each(['Ms. Raman:', 'Priya —', 'Dana!'])('recognises a bare name greeting ending in punctuation other than a comma: %s', (opener) => {
    const s = segment(`${opener}\n\nThank you for the interview yesterday.\n\nSincerely,\nJordan`);
    expect(s.greeting?.text).toBe(opener);
  });

  it('takes a name written in lowercase under the closing as the signature, not as text', () => {
    const body = 'Dear Ms. Raman,\n\nThank you for the interview yesterday.\n\nSincerely,\njordan\n555-123-4567';
    const s = segment(body);
    expect(s.signOff?.text).toBe('Sincerely,');
    expect(slice(body, s.signature)).toBe('jordan\n555-123-4567');
    expect(slice(body, s.main)).toBe('Thank you for the interview yesterday.');
  });

  it('keeps a closing sentence in the text when no signature follows it', () => {
    const body = 'Hello Sam,\n\nIt was good to meet the team.\nThank you again for your time.';
    const s = segment(body);
    expect(s.signOff).toBeUndefined();
    expect(slice(body, s.main)).toContain('Thank you again for your time.');
  });

  it('finds a trailing name and phone block as a signature even without a closing', () => {
    const body = 'Dear Ms. Huang,\n\nI enjoyed our conversation about the audit backlog.\n\nRafael Ortiz\n555-0142';
    const s = segment(body);
    expect(slice(body, s.signature)).toBe('Rafael Ortiz\n555-0142');
    expect(slice(body, s.main)?.trim()).toBe('I enjoyed our conversation about the audit backlog.');
  });

  it('treats the "-- " delimiter as the start of the signature', () => {
    const body = 'Hi Ana,\n\nThanks for the walkthrough.\n\nRegards,\n-- \nBo Lindgren\nbo@example.org';
    const s = segment(body);
    expect(slice(body, s.signature)).toContain('Bo Lindgren');
  });

  it('leaves out quoted history after "On ... wrote:"', () => {
    const body = `Hi Grace,\n\nFollowing up on my note from last week.\n\nBest regards,\nNoor\n\nOn Mon, Nov 16, 2026 at 9:14 AM Grace Kim <grace@orbit.io> wrote:\n> Thanks Noor, we will be in touch.`;
    const s = segment(body);
    expect(slice(body, s.quoted)).toMatch(/^On Mon, Nov 16/);
    expect(s.signOff?.text).toBe('Best regards,');
    expect(slice(body, s.main)).not.toContain('we will be in touch');
  });

  it('leaves out quoted history wrapped over two lines and Outlook headers', () => {
    expect(findQuoteStart('Thanks!\n\nOn Tue, 3 Nov 2026 at 10:02, Dana Lee <dana@x.com>\nwrote:\n> hi')).toBe(9);
    const outlook = 'See you soon.\n\n________________________________\nFrom: Dana Lee <dana@x.com>\nSent: Tuesday\n';
    expect(findQuoteStart(outlook)).toBe(15);
    const headers = 'Noted.\nFrom: Dana Lee\nSent: Tuesday, 3 November\nTo: me';
    expect(findQuoteStart(headers)).toBe(7);
  });

  it('recognises German and Spanish quote headers', () => {
    expect(findQuoteStart('Danke!\nAm 3. Nov. 2026 um 10:00 schrieb Jana Weber <jana@x.de>:\n> Hallo')).toBe(7);
    expect(findQuoteStart('Gracias.\nEl mar, 3 nov 2026 a las 10:00, Luis <l@x.es> escribió:\n> Hola')).toBe(9);
  });

  it('handles an empty body and a body of blank lines', () => {
    expect(segment('').main).toEqual({ start: 0, end: 0 });
    expect(segment('\n\n  \n').main).toEqual({ start: 0, end: 0 });
  });

  describe('printed-letter layout', () => {
    const letter = [
      'Keiko Brandt',
      '41 Alder Row, Unit 2',
      'Ashford, VT 05001',
      '(802) 555-0148',
      'keiko.brandt@example.org',
      '',
      'April 14, 2026',
      '',
      'Mr. Tobias Wren',
      'Operations Manager',
      'Hollin & Pike Ltd.',
      '9 Quarry Road',
      'Rutland, VT 05701',
      '',
      'Dear Mr. Wren:',
      '',
      'Thank you for showing me the dispatch floor on Friday.',
      '',
      'Yours truly,',
      '',
      'Keiko Brandt',
    ].join('\n');

    it('finds the greeting under the sender, date and recipient blocks, and sets the heading apart', () => {
      const s = segment(letter);
      expect(s.greeting?.text).toBe('Dear Mr. Wren:');
      expect(slice(letter, s.letterhead)).toMatch(/^Keiko Brandt\n[\s\S]*Rutland, VT 05701$/);
      expect(slice(letter, s.main)).toBe('Thank you for showing me the dispatch floor on Friday.');
      expect(s.signOff?.text).toBe('Yours truly,');
      expect(slice(letter, s.signature)).toBe('Keiko Brandt');
    });

    it('finds a greeting under a date line alone', () => {
      const body = '3 March 2026\n\nDear Dr Osei,\n\nThank you for the visit.\n\nKind regards,\nLena Marsh';
      const s = segment(body);
      expect(s.greeting?.text).toBe('Dear Dr Osei,');
      expect(slice(body, s.letterhead)).toBe('3 March 2026');
    });

    it('does not take a prose first line for a heading', () => {
      const body = 'I enjoyed meeting the team on Friday.\nDear me, what a week it has been.\n\nBest,\nLena';
      expect(segment(body).greeting).toBeUndefined();
      expect(segment(body).letterhead).toBeUndefined();
    });
  });

  describe('greetings', () => {
    it.each([
      ['Rita, thank you for the tour yesterday.', 'Rita,', 'thank you for the tour yesterday.'],
      ['Marcus — thanks for making time on Friday.', 'Marcus —', 'thanks for making time on Friday.'],
      ['Mr. Hollis, thank you for the walk round the shop.', 'Mr. Hollis,', 'thank you for the walk round the shop.'],
      ['Good afternoon Mrs. Jensen I hope the audit went well.', 'Good afternoon Mrs. Jensen', 'I hope the audit went well.'],
      ['Hello, I wanted to thank you for the interview.', 'Hello,', 'I wanted to thank you for the interview.'],
      ['Hi I wanted to say thanks for the chat today.', 'Hi', 'I wanted to say thanks for the chat today.'],
      ['Dear Ms. Okafor and team, thank you for Tuesday.', 'Dear Ms. Okafor and team,', 'thank you for Tuesday.'],
    ])('keeps the greeting apart from the sentence it opens: %s', (line, greeting, rest) => {
      const body = `${line}\nIt was a pleasure to meet you.\n\nBest regards,\nNoor Aziz`;
      const s = segment(body);
      expect(s.greeting?.text).toBe(greeting);
      expect(slice(body, s.main)).toBe(`${rest}\nIt was a pleasure to meet you.`);
    });

    it('finds a name greeting at the start of a one-line paste', () => {
      const body = 'Noor, thank you for Tuesday. I look forward to hearing from you. Best regards, Elena Marsh 555-0163';
      const s = segment(body);
      expect(s.greeting?.text).toBe('Noor,');
      expect(s.signOff?.text).toBe('Best regards,');
      expect(slice(body, s.main)).toBe('thank you for Tuesday. I look forward to hearing from you.');
    });

    it('reads a name that is also a common word only where it stands as a name', () => {
      expect(segment('Hi April,\n\nThanks for today.\n\nBest,\nJo').greeting?.text).toBe('Hi April,');
      expect(segment('Dear May Chen,\n\nThanks for today.\n\nBest,\nJo').greeting?.text).toBe('Dear May Chen,');
      expect(segment('Hi Hope you are well.\nThanks for today.\n\nBest,\nJo').greeting?.text).toBe('Hi');
    });

    it.each(['Hi Dana', 'Dear Dr. Ames:', 'hey marcus!!', 'Dear Mr./Ms. [Last Name]:', 'Dear Sir/Madam,', 'Hi Ledgerline team,', 'Hello there'])(
      'takes a whole short line as the greeting: %s',
      (opener) => {
        expect(segment(`${opener}\n\nThank you for the interview.\n\nSincerely,\nNoor`).greeting?.text).toBe(opener);
      },
    );

    it.each(['Thank you so much for meeting with me today!', 'Monday, I met the rest of the team.', 'Quick question: is the role still open?', 'Yesterday, I finally saw the new plant.'])(
      'finds no greeting in a first line that is a sentence: %s',
      (line) => {
        expect(segment(`${line}\nIt was great.\n\nBest,\nNoor`).greeting).toBeUndefined();
      },
    );
  });

  describe('closings', () => {
    const text = 'Dear Ms. Vale,\n\nThank you for the interview on Monday.';

    it.each([
      'With all good wishes,',
      'Warm regards,',
      'Respectfully yours,',
      'Yours truly,',
      'All the best,',
      'Best,',
      'Best wishes',
      'Many thanks,',
      'Thank you again',
      'Regards',
      'With appreciation,',
      'Warmly,',
      'Respectfully,',
      'Kind regards',
      'Thanks & regards,',
      'Looking forward to hearing from you,',
    ])('finds "%s" on its own line', (closing) => {
      const body = `${text}\n\n${closing}\nNoor Aziz`;
      const s = segment(body);
      expect(s.signOff?.text).toBe(closing);
      expect(slice(body, s.signature)).toBe('Noor Aziz');
    });

    it.each([
      ['a name slot', '[Your Name]\n[Phone Number] | [Email Address]'],
      ['credentials and a street address', 'Noor Aziz, PT, DPT\n1442 Maple Ridge Court\nBoise, ID 83702\n208-555-0172'],
      ['a title and a portfolio domain', 'Noor Aziz\nProduct Designer\nnooraziz.design\nnoor@nooraziz.design'],
      ['credentials that end in a dot', 'Noor Aziz, P.Eng.\n+1 905 555 0183'],
      ['a LinkedIn address', 'Noor Aziz\nlinkedin.com/in/nooraziz'],
    ])('finds the closing when %s follows the name', (_, sig) => {
      const body = `${text}\n\nBest wishes,\n${sig}`;
      const s = segment(body);
      expect(s.signOff?.text).toBe('Best wishes,');
      expect(slice(body, s.signature)).toBe(sig);
      expect(slice(body, s.main)).toBe('Thank you for the interview on Monday.');
    });

    it.each([
      ['Regards Jamie Lin', 'Regards', 'Jamie Lin'],
      ['Best regards, Jamie Lin 555-0100 jamie@example.com', 'Best regards,', 'Jamie Lin 555-0100 jamie@example.com'],
      ['Yours truly, Patricia Gorman', 'Yours truly,', 'Patricia Gorman'],
      ['Kind regards, Samira Haddad', 'Kind regards,', 'Samira Haddad'],
    ])('finds a closing run into the last line of a paste that lost its breaks: "%s"', (tail, closing, sig) => {
      const body = `Dear Mr. Patel, thank you for the call yesterday. I look forward to hearing from you. ${tail}`;
      const s = segment(body);
      expect(s.greeting?.text).toBe('Dear Mr. Patel,');
      expect(s.signOff?.text).toBe(closing);
      expect(slice(body, s.signature)).toBe(sig);
      expect(slice(body, s.main)).toBe('thank you for the call yesterday. I look forward to hearing from you.');
    });

    it('finds a closing at the end of the last line of text, with the name below it', () => {
      const body = `${text} I hope to hear from you soon. Best regards,\nNoor Aziz\n(555) 013-9921`;
      const s = segment(body);
      expect(s.signOff?.text).toBe('Best regards,');
      expect(slice(body, s.signature)).toBe('Noor Aziz\n(555) 013-9921');
    });

    it('takes a name and phone run into the last sentence as a signature, with no closing', () => {
      const body = 'Hi Dana, thanks for the call. I would love to join the team. Jamie Lin 555.010.2233';
      const s = segment(body);
      expect(s.signOff).toBeUndefined();
      expect(slice(body, s.signature)).toBe('Jamie Lin 555.010.2233');
    });

    it('keeps a last sentence of thanks in the text even with a name under it', () => {
      const body = `${text}\nThank you for the tour of the plant.\nNoor Aziz\nnoor@example.com`;
      const s = segment(body);
      expect(s.signOff).toBeUndefined();
      expect(slice(body, s.main)).toContain('Thank you for the tour of the plant.');
      expect(slice(body, s.signature)).toBe('Noor Aziz\nnoor@example.com');
    });

    it('does not take a mid-text name or a closing word inside a sentence for a sign-off', () => {
      const body = `${text} I wish you all the best with the launch at Harbor Point.`;
      const s = segment(body);
      expect(s.signOff).toBeUndefined();
      expect(s.signature).toBeUndefined();
    });

    it('finds a casual closing so that the rule can judge it', () => {
      expect(segment(`${text}\n\nCheers,\nNoor`).signOff?.text).toBe('Cheers,');
      expect(segment(`${text}\n\nxoxo\nNoor`).signOff?.text).toBe('xoxo');
    });

    it('puts a postscript under the signature with the signature', () => {
      const body = `${text}\n\nBest,\nNoor\n\nP.S. The deck we discussed is attached.`;
      const s = segment(body);
      expect(s.signOff?.text).toBe('Best,');
      expect(slice(body, s.signature)).toBe('Noor\n\nP.S. The deck we discussed is attached.');
      expect(slice(body, s.main)).toBe('Thank you for the interview on Monday.');
    });

    it('takes a dashed name straight under the text as the signature', () => {
      const body = 'Thanks so much for your time today! I hope to hear from you soon.\n— Jen';
      const s = segment(body);
      expect(slice(body, s.signature)).toBe('— Jen');
      expect(slice(body, s.main)).toBe('Thanks so much for your time today! I hope to hear from you soon.');
    });
  });

  it('finds the sign-off of a huge paste with no line breaks', () => {
    // How fast is measured by `npm run bench`, not asserted here; the test's time limit guards a hang.
    const body = `Dear Jane, ${'thank you for the interview. '.repeat(3500)}Regards Jamie Lin 555-0100`;
    const s = segment(body);
    expect(s.signOff?.text).toBe('Regards');
  });
});
