import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { NotesStore } from '@/lib/platform/storage';
import { createCaptureModel } from '@/components/popup/model';
import { QuickCapture } from '@/components/popup/QuickCapture';
import { memoryArea } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');
const SITE = (host: string | undefined) => (host ? { host } : undefined);
const compose =
  (...recipients: { name?: string; address: string }[]) =>
  async () => ({ host: 'mail.google.com', recipients });

describe('popup quick capture', () => {
  beforeEach(() => fakeBrowser.reset());

  it("suggests the company from the active tab's site and saves a note to a new company", async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeSite: async () => SITE('careers.lumen-freight.io'), now: () => NOW });
    await model.load(new AbortController().signal);
    expect(model.company.value).toBe('Lumen Freight');
    model.interviewer.value = 'Priya Raman';
    model.kind.value = 'challenge';
    model.text.value = 'Nightly batch jobs are slow';
    expect(await model.save()).toBe(true);
    expect(model.message.value).toBe('Saved to Lumen Freight.');
    expect(model.text.value).toBe('');
    const [company] = await store.listCompanies();
    expect(company).toMatchObject({ name: 'Lumen Freight', domains: ['lumen-freight.io'] });
    expect(company!.interviews[0]).toMatchObject({ challenges: ['Nightly batch jobs are slow'] });
    expect(company!.interviews[0]!.interviewers[0]!.name).toBe('Priya Raman');

    // A second note the same day joins the same interview of the now-known company.
    model.kind.value = 'idea';
    model.text.value = 'Send the batch tuning article';
    await model.save();
    const again = await store.getCompany(company!.id);
    expect(again!.interviews).toHaveLength(1);
    expect(again!.interviews[0]!.ideas).toEqual(['Send the batch tuning article']);
  });

  it('webmail and search sites suggest nothing; a known site names the saved company', async () => {
    const store = new NotesStore();
    const saved = await store.createCompany({ name: 'Northwind Traders', domains: ['northwind.com'] });
    const a = createCaptureModel({ store, activeSite: async () => SITE('mail.google.com') });
    await a.load(new AbortController().signal);
    expect(a.company.value).toBe('');
    const b = createCaptureModel({ store, activeSite: async () => SITE('jobs.northwind.com') });
    await b.load(new AbortController().signal);
    expect(b.company.value).toBe(saved.name);
    expect(b.matched.value?.id).toBe(saved.id);
  });

  it('a full disk shows a clear message and keeps what was typed', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const model = createCaptureModel({ store: new NotesStore({ area }), activeSite: async () => SITE(undefined) });
    await model.load(new AbortController().signal);
    model.company.value = 'Acme';
    model.text.value = 'Ask about the data platform';
    expect(await model.save()).toBe(false);
    expect(model.status.value).toBe('error');
    expect(model.message.value).toMatch(/no room left/);
    expect(model.text.value).toBe('Ask about the data platform');
    expect(model.company.value).toBe('Acme');
  });

  it('restores an unsaved draft when the popup opens again', async () => {
    let kept: unknown;
    const draft = { load: async () => kept, save: async (v: unknown) => void (kept = v) };
    const store = new NotesStore();
    const first = createCaptureModel({ store, activeSite: async () => SITE(undefined), draft });
    await first.load(new AbortController().signal);
    first.company.value = 'Acme';
    first.text.value = 'half a thought';
    first.edited();
    const second = createCaptureModel({ store, activeSite: async () => SITE('other.example'), draft });
    await second.load(new AbortController().signal);
    expect(second.company.value).toBe('Acme');
    expect(second.text.value).toBe('half a thought');
  });

  it('renders a form whose Save button works from the keyboard', async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeSite: async () => SITE(undefined) });
    await model.load(new AbortController().signal);
    const root = document.createElement('div');
    document.body.append(root);
    render(<QuickCapture model={model} onOpenNotes={() => {}} />, root);
    const button = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(button.disabled).toBe(true);
    model.company.value = 'Acme';
    model.text.value = 'Their roadmap';
    await Promise.resolve();
    render(<QuickCapture model={model} onOpenNotes={() => {}} />, root);
    expect(root.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect((await store.listCompanies()).map((c) => c.name)).toEqual(['Acme']);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved to Acme.');
    render(null, root);
  });

  it('on an email being written, files the note under the company the email is to, with the address and the domain', async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeSite: compose({ name: 'Dana Reyes', address: 'Dana.Reyes@northwind-analytics.example' }), now: () => NOW });
    await model.load(new AbortController().signal);
    expect(model.company.value).toBe('Northwind Analytics');
    expect(model.interviewer.value).toBe('Dana Reyes');
    model.text.value = 'Churn dashboard rebuild';
    expect(await model.save()).toBe(true);
    const [company] = await store.listCompanies();
    expect(company!.domains).toEqual(['northwind-analytics.example']);
    expect(company!.interviews[0]!.interviewers).toMatchObject([{ name: 'Dana Reyes', email: 'dana.reyes@northwind-analytics.example' }]);
  });

  it('an email to a personal address saves the address alone, never the mail provider as a domain', async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeSite: compose({ address: 'sam.lee@gmail.com' }), now: () => NOW });
    await model.load(new AbortController().signal);
    expect(model.company.value).toBe('');
    expect(model.interviewer.value).toBe('sam.lee@gmail.com');
    model.company.value = 'Lumen';
    model.text.value = 'Met the platform team';
    await model.save();
    const [company] = await store.listCompanies();
    expect(company!.domains).toEqual([]);
    expect(company!.interviews[0]!.interviewers[0]!.email).toBe('sam.lee@gmail.com');
  });

  it('a company colleague beats a personal address among the recipients; a renamed interviewer keeps no address', async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeSite: compose({ address: 'me@hotmail.co.uk' }, { name: 'Priya', address: 'priya@lumen.io' }), now: () => NOW });
    await model.load(new AbortController().signal);
    expect(model.company.value).toBe('Lumen');
    model.interviewer.value = 'Tomas Garcia';
    model.text.value = 'Ask about on-call';
    await model.save();
    const [company] = await store.listCompanies();
    expect(company!.domains).toEqual(['lumen.io']);
    expect(company!.interviews[0]!.interviewers[0]).not.toHaveProperty('email');
  });

  it('a saved company reached by name gains the email’s domain', async () => {
    const store = new NotesStore();
    const saved = await store.createCompany({ name: 'Lumen', domains: [] });
    const model = createCaptureModel({ store, activeSite: compose({ name: 'Priya', address: 'priya@lumen.io' }), now: () => NOW });
    await model.load(new AbortController().signal);
    model.text.value = 'Team of six';
    await model.save();
    expect((await store.getCompany(saved.id))!.domains).toEqual(['lumen.io']);
  });

  it('a meeting or job-board host names no company and saves no domain', async () => {
    for (const host of ['us02web.zoom.us', 'boards.greenhouse.io', 'www.linkedin.com', 'teams.microsoft.com']) {
      const store = new NotesStore();
      const model = createCaptureModel({ store, activeSite: async () => ({ host }), now: () => NOW });
      await model.load(new AbortController().signal);
      expect(model.company.value, host).toBe('');
      model.company.value = 'Acme';
      model.text.value = 'Their roadmap';
      await model.save();
      expect((await store.listCompanies())[0]!.domains, host).toEqual([]);
      fakeBrowser.reset();
    }
  });

  it('after a save, a popup opened on another company’s email names that company, not the last one', async () => {
    let kept: unknown;
    const draft = { load: async () => kept, save: async (v: unknown) => void (kept = v) };
    const store = new NotesStore();
    const first = createCaptureModel({ store, activeSite: compose({ address: 'priya@lumen.io' }), draft, now: () => NOW });
    await first.load(new AbortController().signal);
    first.text.value = 'Note';
    await first.save();
    const second = createCaptureModel({ store, activeSite: compose({ name: 'Dana', address: 'dana@northwind.example' }), draft, now: () => NOW });
    await second.load(new AbortController().signal);
    expect(second.company.value).toBe('Northwind');
    const third = createCaptureModel({ store, activeSite: async () => ({ host: 'zoom.us' }), draft, now: () => NOW });
    await third.load(new AbortController().signal);
    expect(third.company.value, 'no suggestion: the last company stays').toBe('Lumen');
  });

  it('a note added days later goes to the latest interview; a new interview only when the user sets its date', async () => {
    const store = new NotesStore();
    const first = createCaptureModel({ store, activeSite: async () => ({ host: 'lumen.io' }), now: () => NOW });
    await first.load(new AbortController().signal);
    expect(first.interviewAt.value, 'no date is filled in for the user').toBe('');
    first.text.value = 'Team of six';
    await first.save();
    const [saved] = await store.listCompanies();
    expect(saved!.interviews.map((iv) => iv.at)).toEqual([NOW.toISOString()]);

    const later = createCaptureModel({ store, activeSite: async () => ({ host: 'lumen.io' }), now: () => new Date('2026-03-09T08:00:00Z') });
    await later.load(new AbortController().signal);
    later.kind.value = 'idea';
    later.text.value = 'Send the on-call article';
    await later.save();
    let record = await store.getCompany(saved!.id);
    expect(record!.interviews).toHaveLength(1);
    expect(record!.interviews[0]).toMatchObject({ at: NOW.toISOString(), topics: ['Team of six'], ideas: ['Send the on-call article'] });

    later.interviewAt.value = '2026-03-12T15:00';
    later.text.value = 'Second round with the CTO';
    await later.save();
    record = await store.getCompany(saved!.id);
    expect(record!.interviews.map((iv) => iv.at)).toEqual([NOW.toISOString(), new Date('2026-03-12T15:00').toISOString()]);
    expect(record!.interviews[1]!.ideas).toEqual(['Second round with the CTO']);
  });
});
