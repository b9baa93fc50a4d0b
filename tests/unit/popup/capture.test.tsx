import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { NotesStore } from '@/lib/storage';
import { createCaptureModel } from '@/components/popup/model';
import { QuickCapture } from '@/components/popup/QuickCapture';
import { memoryArea } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');

describe('popup quick capture', () => {
  beforeEach(() => fakeBrowser.reset());

  it("suggests the company from the active tab's site and saves a note to a new company", async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeHost: async () => 'careers.lumen-freight.io', now: () => NOW });
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
    const a = createCaptureModel({ store, activeHost: async () => 'mail.google.com' });
    await a.load(new AbortController().signal);
    expect(a.company.value).toBe('');
    const b = createCaptureModel({ store, activeHost: async () => 'jobs.northwind.com' });
    await b.load(new AbortController().signal);
    expect(b.company.value).toBe(saved.name);
    expect(b.matched.value?.id).toBe(saved.id);
  });

  it('a full disk shows a clear message and keeps what was typed', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const model = createCaptureModel({ store: new NotesStore({ area }), activeHost: async () => undefined });
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
    const first = createCaptureModel({ store, activeHost: async () => undefined, draft });
    await first.load(new AbortController().signal);
    first.company.value = 'Acme';
    first.text.value = 'half a thought';
    first.edited();
    const second = createCaptureModel({ store, activeHost: async () => 'other.example', draft });
    await second.load(new AbortController().signal);
    expect(second.company.value).toBe('Acme');
    expect(second.text.value).toBe('half a thought');
  });

  it('renders a form whose Save button works from the keyboard', async () => {
    const store = new NotesStore();
    const model = createCaptureModel({ store, activeHost: async () => undefined });
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
});
