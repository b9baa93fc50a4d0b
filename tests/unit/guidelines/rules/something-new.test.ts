import { describe, expect, it } from 'vitest';
import { company, draft, finding, interview } from '../helpers';

const to = { to: [{ name: 'Helen Castellanos', address: 'helen.castellanos@lumenworks.com' }], subject: 'Product Analyst role' };
const second = { kind: 'second-follow-up' as const };

describe('something-new', () => {
  it('passes a second follow-up that shares an article link', () => {
    const body = `Dear Helen,

Following up on my note of 23 November about the Product Analyst role. I came across this piece on stopping rules for pricing tests and thought of your team: https://example.org/blog/sequential-tests

Best regards,
Jordan Avery`;
    const f = finding('something-new', draft(body, to), undefined, second);
    expect(f.status).toBe('pass');
  });

  it('passes an update that announces another offer', () => {
    const body = `Dear Mr. Adeyemi,

I wanted to let you know that I have received another offer, with a reply due on Friday. Northgate Civil remains my first choice, and I would be grateful to hear where the Site Engineer role stands.

Kind regards,
Ifeoma Obi`;
    const f = finding('something-new', draft(body, { to: [{ name: 'Tunde Adeyemi', address: 'tunde@northgatecivil.ng' }], subject: 'Update on my application' }), undefined, {
      kind: 'update',
    });
    expect(f.status).toBe('pass');
  });

  it('passes a follow-up that takes up a saved idea from the notes', () => {
    const body = `Dear Helen,\n\nAs I wrote last week, I am still keen on the role. I have been reading about sequential testing for pricing and would happily send a summary.\n\nBest regards,\nJordan`;
    expect(finding('something-new', draft(body, to), { company: company(), now: '2026-12-01T09:00:00Z' }, second).status).toBe('pass');
  });

  it('does not count a portfolio link in the signature as news', () => {
    const body = `Dear Helen,

As I wrote last week, I remain very interested in the Product Analyst role and would be glad to talk again.

Best regards,
Jordan Avery
https://jordanavery.example.net`;
    const f = finding('something-new', draft(body, to), undefined, second);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/something new|asks again/);
  });

  it('fails a second follow-up that only asks again, and suggests a saved idea', () => {
    const body = `Dear Helen,\n\nI am writing again about the Product Analyst role. Is there any news on the decision? I remain interested.\n\nBest regards,\nJordan`;
    const notes = company({ interviews: [interview({ ideas: ['a case study on churn cohorts'] })] });
    const f = finding('something-new', draft(body, to), { company: notes, now: '2026-12-01T09:00:00Z' }, second);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/churn cohorts/);
  });

  it.each([
    'I wanted to share some news: I passed the PMP exam on Saturday.',
    'Yesterday I passed the AWS Solutions Architect exam.',
    'I have since earned my PMP credential, which covers the vendor reporting you raised.',
    'Since we spoke, the regulator has released new guidance on identity checks. I have put together a short summary of what changes for you.',
    'The packaging series I showed you won a silver at the typography awards this morning.',
  ])('passes real news outside the usual phrasings: %s', (text) => {
    const body = `Dear Helen,\n\nAs I wrote last week, I remain keen on the role. ${text}\n\nBest regards,\nJordan`;
    expect(finding('something-new', draft(body, to), undefined, second).status).toBe('pass');
  });

  it.each([
    'A quick update from my side: I am still available and still keen.',
    'I have attached my resume again for your convenience.',
    'I hope to hear good news from you soon.',
    'Nothing has changed since we talked; I just wanted you to know I am ready.',
  ])('fails framing, a résumé sent again or hoped-for news: %s', (text) => {
    const body = `Dear Helen,\n\n${text} Is there any news on the role?\n\nBest regards,\nJordan`;
    expect(finding('something-new', draft(body, to), undefined, { kind: 'update' }).status).toBe('fail');
  });

  it('does not take a request for an update as news', () => {
    const body = `Dear Helen,\n\nI wrote to Priya on 23 November. Could you give me a quick update on the timeline? I remain very interested.\n\nBest regards,\nJordan`;
    expect(finding('something-new', draft(body, to), undefined, second).status).toBe('fail');
  });
});
