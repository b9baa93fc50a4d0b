// What the popup fills in for the user from the tab it was opened on.
import { describe, expect, it } from 'vitest';
import { guessCapture } from '@/lib/core/notes/capture-guess';
import { company } from '../guidelines/helpers';

const NOTHING = { company: '', domain: '', interviewerName: '', interviewerEmail: '' };

describe('a webmail tab with an email being written', () => {
  it('suggests the first person at a company, their name trimmed, and the company named from the domain', () => {
    const guess = guessCapture([], {
      host: 'mail.google.com',
      recipients: [
        { name: 'Sam Friend', address: 'sam.friend@gmail.com' },
        { name: '  Dana Reyes  ', address: 'Dana Reyes <dana@careers.harbourline.io>' },
      ],
    });
    expect(guess).toEqual({ company: 'Harbourline', domain: 'careers.harbourline.io', interviewerName: 'Dana Reyes', interviewerEmail: 'dana@careers.harbourline.io' });
  });

  it('names a saved company by its saved name, not by its domain', () => {
    const saved = company({ name: 'Lumen Works Ltd', domains: ['lumenworks.com'] });
    const guess = guessCapture([saved], { host: 'outlook.office.com', recipients: [{ name: 'Priya', address: 'priya@lumenworks.com' }] });
    expect(guess.company).toBe('Lumen Works Ltd');
    expect(guess.interviewerEmail).toBe('priya@lumenworks.com');
  });

  it('takes someone at a personal address only when nobody else is there, and never saves the provider as a domain', () => {
    const guess = guessCapture([], { host: 'mail.google.com', recipients: [{ address: 'lee.park@yahoo.com' }] });
    expect(guess).toEqual({ company: '', domain: '', interviewerName: 'lee.park@yahoo.com', interviewerEmail: 'lee.park@yahoo.com' });
  });

  it('suggests nothing when no recipient has a usable address', () => {
    expect(guessCapture([], { host: 'mail.google.com', recipients: [{ name: 'Dana', address: 'Dana Reyes' }, { address: '' }] })).toEqual(NOTHING);
  });
});

describe('any other tab', () => {
  it('suggests nothing without a tab, on a tab without a host, or on a site that names no company', () => {
    expect(guessCapture([], undefined)).toEqual(NOTHING);
    expect(guessCapture([], { host: '' })).toEqual(NOTHING);
    expect(guessCapture([], { host: 'boards.greenhouse.io' })).toEqual(NOTHING);
  });

  it('suggests a saved company for its site, or a new one named from the host', () => {
    const saved = company({ name: 'Lumen Works Ltd', domains: ['lumenworks.com'] });
    expect(guessCapture([saved], { host: 'careers.lumenworks.com' })).toEqual({ ...NOTHING, company: 'Lumen Works Ltd' });
    expect(guessCapture([saved], { host: 'jobs.harbourline.co.uk' })).toEqual({ ...NOTHING, company: 'Harbourline', domain: 'harbourline.co.uk' });
  });
});
