import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../../lib/core/guidelines/types';
import { createSpeller } from '../../../lib/core/guidelines/spelling/speller';
import { loadSpellerNode } from '../../../lib/platform/spelling/load-node';

describe('createSpeller on a small list', () => {
  const speller = createSpeller("hello\nLondon\niPhone\ncompany\ncompany's\nfollow\nup\ndon't\nI'm\n", ['LinkedIn', 'résumé']);

  it('accepts a lower-case entry as written, capitalised and in capitals, but not in odd case', () => {
    expect(speller.correct('hello')).toBe(true);
    expect(speller.correct('Hello')).toBe(true);
    expect(speller.correct('HELLO')).toBe(true);
    expect(speller.correct('hELLO')).toBe(false);
    expect(speller.correct('HeLLo')).toBe(false);
  });

  it('keeps proper nouns capitalised', () => {
    expect(speller.correct('London')).toBe(true);
    expect(speller.correct('LONDON')).toBe(true);
    expect(speller.correct('london')).toBe(false);
  });

  it('keeps mixed-case entries as written, or in capitals', () => {
    expect(speller.correct('iPhone')).toBe(true);
    expect(speller.correct('IPHONE')).toBe(true);
    expect(speller.correct('Iphone')).toBe(false);
    expect(speller.correct('LinkedIn')).toBe(true);
    expect(speller.correct('LINKEDIN')).toBe(true);
    expect(speller.correct('Linkedin')).toBe(false);
    expect(speller.correct('linkedin')).toBe(false);
  });

  it('reads curly apostrophes as straight ones', () => {
    expect(speller.correct('don’t')).toBe(true);
    expect(speller.correct('I’m')).toBe(true);
    expect(speller.correct('company’s')).toBe(true);
    expect(speller.correct('i’m')).toBe(false);
  });

  it('accepts the possessive of any known word', () => {
    expect(speller.correct("LinkedIn's")).toBe(true);
    expect(speller.correct('London’s')).toBe(true);
    expect(speller.correct("Londn's")).toBe(false);
    expect(speller.correct("'s")).toBe(false);
  });

  it('checks each part of a hyphenated word', () => {
    expect(speller.correct('follow-up')).toBe(true);
    expect(speller.correct('Follow-Up')).toBe(true);
    expect(speller.correct('follow-upp')).toBe(false);
    expect(speller.correct('co-follow')).toBe(true);
    expect(speller.correct('follow-co')).toBe(false);
    expect(speller.correct('follow--up')).toBe(false);
    expect(speller.correct('-')).toBe(false);
  });

  it('accepts numbers, times and codes but judges ordinals', () => {
    for (const ok of ['2026', '3rd', '1st', '2nd', '11th', '12th', '13th', '21st', '22nd', '103rd', '111th', '10am', '5PM', '1990s', 'Q3', 'B2B', 'FY24']) {
      expect(speller.correct(ok), ok).toBe(true);
    }
    for (const bad of ['3th', '1th', '2rd', '11st', '12nd', '21th', '4st']) {
      expect(speller.correct(bad), bad).toBe(false);
    }
  });

  it('keeps non-ASCII extra words', () => {
    expect(speller.correct('résumé')).toBe(true);
    expect(speller.correct('Résumé')).toBe(true);
    expect(speller.correct('RÉSUMÉ')).toBe(true);
  });

  it('rejects the empty string and words it does not know', () => {
    expect(speller.correct('')).toBe(false);
    expect(speller.correct('helo')).toBe(false);
  });

  it('gives the same answer from its cache', () => {
    expect(speller.correct('helo')).toBe(false);
    expect(speller.correct('Hello')).toBe(true);
    expect(speller.correct('helo')).toBe(false);
  });

  it('accepts an iterable and Windows line endings alike', () => {
    expect(createSpeller(new Set(['alpha', 'Beta'])).correct('Alpha')).toBe(true);
    const crlf = createSpeller('alpha\r\nBeta\r\n');
    expect(crlf.correct('alpha')).toBe(true);
    expect(crlf.correct('Beta')).toBe(true);
    expect(crlf.correct('beta')).toBe(false);
  });
});

describe('the English speller', () => {
  let en: Speller;
  beforeAll(async () => {
    en = await loadSpellerNode();
  });

  it('accepts ordinary words of a follow-up email', () => {
    const text =
      'Thank you for taking the time to speak with me yesterday about the analyst role. I enjoyed ' +
      'learning how your team measures customer retention, and I remain very interested in the ' +
      'position. I would welcome the chance to continue our conversation. Sincerely';
    const unknown = text.split(/[^A-Za-z']+/).filter((w) => w && !en.correct(w));
    expect(unknown).toEqual([]);
  });

  it('flags common misspellings', () => {
    for (const bad of ['recieve', 'intervew', 'oppurtunity', 'definately', 'seperate', 'acheive', 'untill', 'thier', 'sincerly', 'recomend']) {
      expect(en.correct(bad), bad).toBe(false);
    }
  });

  it('handles case the dictionary way', () => {
    expect(en.correct('Thank')).toBe(true);
    expect(en.correct('THANK')).toBe(true);
    expect(en.correct('London')).toBe(true);
    expect(en.correct('london')).toBe(false);
    expect(en.correct('YouTube')).toBe(true);
    expect(en.correct('Youtube')).toBe(false);
  });

  it('accepts contractions, straight or curly', () => {
    for (const ok of ["don't", 'don’t', "I'm", 'I’m', "we'll", "you're", "it's", "let's", "couldn't", "I've", "they'd", "won't"]) {
      expect(en.correct(ok), ok).toBe(true);
    }
    expect(en.correct("dont't")).toBe(false);
  });

  it('accepts possessives and hyphenated compounds', () => {
    for (const ok of [
      "company's",
      'company’s',
      "team's",
      "Monday's",
      'follow-up',
      'long-term',
      'data-driven',
      'cross-functional',
      'co-founder',
      'e-commerce',
      'pre-screen',
      'non-profit',
      'mid-October',
      'thirty-minute',
    ]) {
      expect(en.correct(ok), ok).toBe(true);
    }
    for (const bad of ["compny's", 'folow-up', 'long-trem']) expect(en.correct(bad), bad).toBe(false);
  });

  it('knows the job-search words added to the dictionary', () => {
    for (const ok of ['onboarding', 'email', 'emails', 'LinkedIn', 'Zoom', 'startup', 'fintech', 'cybersecurity', 'SaaS', 'KPIs', 'roadmap']) {
      expect(en.correct(ok), ok).toBe(true);
    }
  });
});
