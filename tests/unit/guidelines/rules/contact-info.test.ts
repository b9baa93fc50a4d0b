import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const MAIN = `Dear Ms. Achebe,

Thank you for interviewing me for the Grants Officer post. Our discussion of the foundation's new climate-resilience fund was fascinating, and I would be glad to help your team set up its first review cycle.

I look forward to hearing from you.`;

const check = (signature: string, extra = {}, context = {}) =>
  finding('contact-info', draft(`${MAIN}\n\nKind regards,\n${signature}`, { subject: 'Thank you – Grants Officer interview', ...extra }), context, { kind: 'thank-you' });

describe('contact-info', () => {
  it('passes the reference letter (name, email and phone)', () => {
    expect(finding('contact-info', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it.each([
    ['name and phone', 'Chidi Nwosu\n+44 20 7946 0958'],
    ['name with credentials and email on one line', 'Chidi Nwosu, MPA | chidi.nwosu@example.org'],
    ['name, title and labelled email', 'Chidi Nwosu\nGrants Coordinator, Riverbank Trust\nEmail: chidi.nwosu@example.org'],
    ['first name only and phone', 'Chidi\n07700 900123'],
  ])('passes a signature with %s', (_, signature) => {
    expect(check(signature).status).toBe('pass');
  });

  it('fails a name with no way to reach the candidate, and underlines the signature', () => {
    const f = check('Chidi Nwosu');
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/phone number or email/);
    const body = `${MAIN}\n\nKind regards,\nChidi Nwosu`;
    expect(body.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toContain('Chidi Nwosu');
  });

  it('does not count the From address: the signature must carry it', () => {
    const f = check('Chidi Nwosu', { from: { name: 'Chidi Nwosu', address: 'chidi.nwosu@example.org' } });
    expect(f.status).toBe('fail');
  });

  it('fails contact details without a name', () => {
    const f = check('chidi.nwosu@example.org\n+44 20 7946 0958');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no name/);
  });

  it('fails a letter with no signature at all', () => {
    const f = finding('contact-info', draft(MAIN, { subject: 'Thank you – Grants Officer interview' }), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no signature/i);
  });

  it('recognises the name from the profile', () => {
    expect(check('chidi nwosu\nchidi.nwosu@example.org', {}, { profile: { name: 'Chidi Nwosu' } }).status).toBe('pass');
  });

  it('does not apply to a handwritten note', () => {
    expect(finding('contact-info', draft(`${MAIN}\n\nKind regards,\nChidi`), undefined, { kind: 'note' }).status).toBe('n/a');
  });

  it('reads the name past pronouns and a leading dash', () => {
    expect(check('– Chidi Nwosu (he/him)\nchidi.nwosu@example.org').status).toBe('pass');
  });

  it('needs the profile to recognise a name written in lower case', () => {
    expect(check('chidi nwosu\nchidi.nwosu@example.org').status).toBe('fail');
  });

  it.each([
    ['a LinkedIn address alone', 'Chidi Nwosu\nlinkedin.com/in/chidinwosu'],
    ['a portfolio alone', 'Chidi Nwosu\nchidinwosu.studio'],
    ['a first name alone', 'Chidi'],
  ])('fails a signature with %s', (_, signature) => {
    expect(check(signature).status).toBe('fail');
  });

  it('passes a name and phone or email run into the last line of a flattened paste', () => {
    for (const tail of ['Regards Jamie Lin 555.010.2233', 'Regards, Hannah Schultz hannah.schultz@example.com', 'thank you again Tyler Haas 612-555-0153']) {
      const body = `Dear Mr. Patel, thank you for the call yesterday about the Data Analyst role. I look forward to hearing from you. ${tail}`;
      expect(finding('contact-info', draft(body, { subject: 'Thank you – Data Analyst interview' }), undefined, { kind: 'thank-you' }).status, tail).toBe('pass');
    }
  });

  it('fails a flattened paste whose run-in signature is a name only', () => {
    const body = 'Dear Mr. Patel, thank you for the call yesterday. I look forward to hearing from you. Yours truly, Patricia Gorman';
    expect(finding('contact-info', draft(body), undefined, { kind: 'thank-you' }).status).toBe('fail');
  });

  it('says so when the phone and email are only in a printed letter’s heading', () => {
    const body = `Chidi Nwosu\n7 Fenwick Close\nLeeds LS6 2AB\n07700 900123\nchidi.nwosu@example.org\n\n12 March 2026\n\nMs. Ada Achebe\nGrants Director\nRiverbank Trust\n\n${MAIN}\n\nYours sincerely,\nChidi Nwosu`;
    const f = finding('contact-info', draft(body, { subject: 'Thank you – Grants Officer interview' }), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/heading/);
  });
});
