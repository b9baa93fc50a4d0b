// The templates panel as a form: every slot a field (filled from the notes, editable for
// this email only), the reason Insert did nothing beside the Insert buttons, the two ways to
// insert, and the question before a typed subject is replaced.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSidebarModel } from '@/components/sidebar/model';
import { createTemplatesModel } from '@/components/sidebar/templates-model';
import type { SidebarApi, TemplatesApi } from '@/lib/app/sidebar/api';
import { TemplatesPanel } from '@/components/sidebar/TemplatesPanel';
import { checkDraft } from '@/lib/core/guidelines';
import type { FocusedDraft, RequestOf } from '@/lib/platform/messaging/protocol';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import { STORAGE_FULL_MESSAGE, StorageFullError } from '@/lib/platform/storage/area';
import type { UserTemplate } from '@/lib/dom/templates/user-templates';

const northwind: CompanyRecord = {
  id: 'c-nw',
  name: 'Northwind Analytics',
  domains: ['northwind.example'],
  role: 'Product Analyst',
  stage: 'interviewing',
  updatedAt: '2026-03-09T10:00:00.000Z',
  followUps: [],
  interviews: [
    {
      id: 'i1',
      at: '2026-03-09T10:00:00.000Z',
      interviewers: [{ id: 'p1', name: 'Dana Reyes', email: 'dana@northwind.example', lead: true }],
      topics: ['The churn dashboard rebuild.'],
      challenges: ['slow weekly reporting'],
      wishISaid: [],
      ideas: [],
      news: [],
    },
  ],
} as unknown as CompanyRecord;

type Sent = RequestOf<'compose:insert'> & { composeId: string };

/** A write the panel made to the notes: which company (or the profile), and the notes after it. */
type Write = { companyId: string; record: CompanyRecord } | { profile: Profile };

async function mount(subject: string, options: { failSave?: Error; companies?: CompanyRecord[]; to?: { name?: string; address: string }[]; userTemplates?: UserTemplate[] } = {}) {
  const draft = { subject, to: options.to ?? [{ name: 'Dana Reyes', address: 'dana@northwind.example' }], cc: [], bodyText: 'Hi Dana,' };
  const focused: FocusedDraft = { tabId: 3, composeId: 'c1', site: 'gmail', draft, result: checkDraft(draft), kindOverride: null };
  const sent: Sent[] = [];
  const notes: { companies: CompanyRecord[]; profile: Profile } = { companies: options.companies ?? [structuredClone(northwind)], profile: { name: 'Sam Taylor', email: 'sam@example.com' } };
  const writes: Write[] = [];
  const api: SidebarApi = {
    getFocused: async () => focused,
    onFocusedChanged: () => undefined,
    setKind: async () => undefined,
    select: async () => ({ ok: true }),
    insert: async (_tab, r) => (sent.push(r), { ok: true, method: 'execCommand', aboveSignature: true, subjectSet: r.subjectMode === 'replace', blanks: r.blanks?.length ?? 0 }),
    getMuted: async () => [],
    setMuted: async () => undefined,
    onMutedChanged: () => undefined,
    addToDictionary: async () => undefined,
    fix: async () => ({ ok: true }),
  };
  const templatesApi: TemplatesApi = {
    loadNotes: async () => notes,
    onNotesChanged: () => undefined,
    listUserTemplates: async () => options.userTemplates ?? [],
    onUserTemplatesChanged: () => undefined,
    openNoteCard: async () => undefined,
    // As the store does: the change is applied to a copy of the latest saved version.
    saveCompany: async (id, change) => {
      if (options.failSave) throw options.failSave;
      const i = notes.companies.findIndex((c) => c.id === id);
      const record = change(structuredClone(notes.companies[i]!));
      notes.companies[i] = record;
      writes.push({ companyId: id, record });
      return record;
    },
    saveProfile: async (change) => {
      if (options.failSave) throw options.failSave;
      notes.profile = change({ ...notes.profile });
      writes.push({ profile: notes.profile });
      return notes.profile;
    },
  };
  const sidebar = createSidebarModel(api);
  const templates = createTemplatesModel(templatesApi, sidebar, () => new Date('2026-03-09T18:00:00.000Z'));
  const life = new AbortController();
  await Promise.all([sidebar.load(life.signal), templates.load(life.signal)]);
  templates.kindFilter.value = 'thank-you';
  templates.choose(options.userTemplates?.[0]?.id ?? 'thank-you-phone-screen');
  const root = document.createElement('div');
  document.body.append(root);
  render(<TemplatesPanel model={templates} canInsert={true} />, root);
  await settle();
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  const field = (slot: string) => root.querySelector<HTMLInputElement>(`input[data-slot="${slot}"]`)!;
  const message = () => root.querySelector('[data-testid="insert-message"]')!;
  const hint = (slot: string) => field(slot).closest('.slot')!;
  const saveButton = (slot: string) => hint(slot).querySelector<HTMLButtonElement>(`button[data-save-slot="${slot}"]`);
  return { root, sent, notes, writes, templates, button, field, message, hint, saveButton };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => document.body.replaceChildren());

describe('the templates panel', () => {
  it('shows every slot as a field, those from the notes filled and editable, and the notes stay as they were', async () => {
    const { root, field, notes } = await mount('');
    const names = [...root.querySelectorAll<HTMLInputElement>('input[data-slot]')].map((i) => i.dataset.slot);
    expect(names).toEqual(['role', 'interviewer.firstName', 'interview.day', 'company', 'topic', 'challenge', 'me.name', 'me.phone', 'me.email']);
    // The note was a sentence; the slot holds it as a phrase.
    expect(field('topic').value).toBe('the churn dashboard rebuild');
    expect(field('me.phone').value).toBe('');
    // No phone number saved: its signature line is left out, so it is no blank to fill.
    expect(field('me.phone').closest('.slot')!.textContent).toContain('Empty, so its line is left out');
    expect(field('me.phone').closest('.slot')!.classList.contains('missing')).toBe(false);
    type(field('topic'), 'the Kafka move');
    await settle();
    expect(root.querySelector('.preview-body')!.textContent).toContain('our conversation about the Kafka move');
    expect(field('topic').closest('.slot')!.textContent).toContain('Changed for this email');
    expect(notes.companies[0]!.interviews[0]!.topics).toEqual(['The churn dashboard rebuild.']);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Use my notes')!.click();
    await settle();
    expect(field('topic').value).toBe('the churn dashboard rebuild');
  });

  it('says why Insert does nothing right beside the Insert buttons', async () => {
    const { button, message, sent, field } = await mount('');
    type(field('topic'), '');
    await settle();
    expect(field('topic').closest('.slot')!.classList.contains('missing')).toBe(true);
    button('Insert at the cursor')!.click();
    await settle();
    expect(sent).toEqual([]);
    expect(message().textContent).toMatch(/^One slot is empty\. Fill it in above, or tick "Insert with blanks"/);
    expect(message().classList.contains('error')).toBe(true);
    // Right after the buttons, not at the top of the sidebar.
    expect(message().previousElementSibling!.classList.contains('actions')).toBe(true);
  });

  it('inserts with marked blanks and both versions of the signature; Replace the draft replaces', async () => {
    const { button, message, sent, templates, field } = await mount('');
    type(field('topic'), '');
    templates.blanksConfirmed.value = true;
    button('Replace the draft')!.click();
    await settle();
    expect(sent).toHaveLength(1);
    const r = sent[0]!;
    expect(r.mode).toBe('replace');
    expect(r.blanks).toEqual(['[a topic you discussed]']);
    expect(r.text).toContain('our conversation about [a topic you discussed]');
    expect(r.text).toMatch(/Best regards,\nSam Taylor\nsam@example\.com$/);
    expect(r.withoutSignature!.text).toMatch(/Best regards,$/);
    expect(r.subject).toBe('Thank you for the call about the Product Analyst role');
    expect(r.subjectMode).toBe('if-blank');
    expect(message().textContent).toBe('Inserted above your signature. The first blank is selected: type over it, then press Alt+J for the next.');
  });

  it('a phone number the profile lacks is neither a blank nor a reason to wait: its signature line is left out', async () => {
    const { button, message, sent, root } = await mount('');
    expect(root.querySelector('.preview-body')!.textContent).not.toContain('[your phone number]');
    expect(root.querySelector('.blanks'), 'nothing to confirm').toBeNull();
    button('Insert at the cursor')!.click();
    await settle();
    expect(sent).toHaveLength(1);
    const r = sent[0]!;
    expect(r.blanks).toBeUndefined();
    expect(r.text).toMatch(/Best regards,\nSam Taylor\nsam@example\.com$/);
    expect(r.withoutSignature!.text).toMatch(/Best regards,$/);
    expect(message().textContent).toBe('Inserted above your signature.');
  });

  it('applies the subject over a bare reply subject without asking', async () => {
    const { button, sent, templates } = await mount('RE:');
    templates.blanksConfirmed.value = true;
    button('Insert at the cursor')!.click();
    await settle();
    expect(sent[0]).toMatchObject({ mode: 'caret', subjectMode: 'if-blank', subject: 'Thank you for the call about the Product Analyst role' });
  });

  it('asks before replacing a typed subject, and does as told', async () => {
    const { button, root, sent, templates } = await mount('thx');
    templates.blanksConfirmed.value = true;
    button('Insert at the cursor')!.click();
    await settle();
    expect(sent).toEqual([]);
    expect(root.querySelector('.subject-question')!.textContent).toContain('This email’s subject is “thx”. Use the template’s, “Thank you for the call about the Product Analyst role”?');
    button('Use the template’s subject')!.click();
    await settle();
    expect(sent[0]).toMatchObject({ subjectMode: 'replace', subject: 'Thank you for the call about the Product Analyst role' });
    expect(root.querySelector('.subject-question')).toBeNull();
    button('Insert at the cursor')!.click();
    await settle();
    button('Keep mine')!.click();
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.subject).toBeUndefined();
  });
});

describe('saving a changed slot to the notes', () => {
  it('editing a slot the notes filled offers "Save to my notes" and writes nothing', async () => {
    const { field, saveButton, writes, notes, hint } = await mount('');
    expect(saveButton('topic'), 'no offer before the user changes anything').toBeNull();
    type(field('topic'), 'the Kafka move');
    await settle();
    expect(saveButton('topic')!.textContent).toBe('Save to my notes');
    expect(hint('topic').textContent).toContain('Changed for this email');
    expect(writes).toEqual([]);
    expect(notes.companies[0]).toEqual(northwind);
    // Typing it back to what the notes say leaves nothing to save.
    type(field('topic'), 'the churn dashboard rebuild');
    await settle();
    expect(saveButton('topic')).toBeNull();
  });

  it('slots with no home in the notes get no save button', async () => {
    const { field, saveButton } = await mount('');
    type(field('interview.day'), 'Tuesday morning');
    type(field('me.phone'), '+1 555 0100');
    await settle();
    expect(saveButton('interview.day')).toBeNull();
    expect(saveButton('me.phone')).not.toBeNull();
  });

  it('Save to my notes writes exactly that field to the matched company; the field, the preview and the Insert use the saved value', async () => {
    const { field, saveButton, writes, root, hint, templates, sent, button } = await mount('');
    type(field('topic'), 'the Kafka move');
    type(field('challenge'), 'flaky nightly jobs');
    await settle();
    saveButton('topic')!.click();
    await settle();
    expect(writes).toHaveLength(1);
    const w = writes[0] as { companyId: string; record: CompanyRecord };
    expect(w.companyId).toBe('c-nw');
    // Only the topic changed: the challenge typed for this email was not asked to be saved.
    expect(w.record).toEqual({ ...northwind, interviews: [{ ...northwind.interviews[0]!, topics: ['the Kafka move'] }] });
    expect(hint('topic').textContent).toContain('Saved to your notes');
    expect(saveButton('topic')).toBeNull();
    expect(field('topic').value).toBe('the Kafka move');
    // The button is gone: the keyboard stays in the field.
    expect(document.activeElement).toBe(field('topic'));
    expect(hint('challenge').textContent).toContain('Changed for this email');
    expect(root.querySelector('.preview-body')!.textContent).toContain('our conversation about the Kafka move');
    // "Use my notes" now gives the saved value.
    templates.resetSlot('challenge');
    templates.blanksConfirmed.value = true;
    button('Insert at the cursor')!.click();
    await settle();
    expect(sent[0]!.text).toContain('the Kafka move');
    expect(sent[0]!.text).toContain('slow weekly reporting');
  });

  it('a detail the profile lacks is saved to the profile only', async () => {
    const { field, saveButton, writes, hint } = await mount('');
    type(field('me.phone'), '+1 555 0100');
    await settle();
    saveButton('me.phone')!.click();
    await settle();
    expect(writes).toEqual([{ profile: { name: 'Sam Taylor', email: 'sam@example.com', phone: '+1 555 0100' } }]);
    expect(hint('me.phone').textContent).toContain('Saved to your notes');
    expect(field('me.phone').value).toBe('+1 555 0100');
  });

  it('when saving fails, the edit stays in the field and the email, and the slot says it was not saved', async () => {
    const { field, saveButton, notes, hint, root } = await mount('', { failSave: new StorageFullError() });
    type(field('topic'), 'the Kafka move');
    await settle();
    saveButton('topic')!.click();
    await settle();
    const alert = hint('topic').querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe(`Not saved to your notes. ${STORAGE_FULL_MESSAGE} Your change still goes into this email.`);
    expect(field('topic').value).toBe('the Kafka move');
    expect(root.querySelector('.preview-body')!.textContent).toContain('our conversation about the Kafka move');
    expect(saveButton('topic'), 'the user can try again').not.toBeNull();
    expect(notes.companies[0]).toEqual(northwind);
  });

  it('without notes for the recipients, only the user’s own details can be saved', async () => {
    const { field, saveButton } = await mount('', { companies: [] });
    type(field('topic'), 'the Kafka move');
    type(field('me.phone'), '+1 555 0100');
    await settle();
    expect(saveButton('topic')).toBeNull();
    expect(saveButton('me.phone')).not.toBeNull();
  });

  it('a job title for someone the notes cannot name is not saved, and the slot says why', async () => {
    const mine: UserTemplate = {
      id: 'u-title',
      kind: 'thank-you',
      title: 'Mine',
      subject: 'Thanks',
      bodyHtml: '<p>Dear {{interviewer.title}},</p><p>Thanks.</p>',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const { field, saveButton, writes, hint } = await mount('', { to: [{ address: 'hiring@northwind.example' }], userTemplates: [mine] });
    type(field('interviewer.title'), 'Hiring Manager');
    await settle();
    saveButton('interviewer.title')!.click();
    await settle();
    expect(writes).toEqual([]);
    expect(hint('interviewer.title').querySelector('[role="alert"]')!.textContent).toBe('Not saved: your notes have no name for this person yet. Save their name first.');
    expect(field('interviewer.title').value).toBe('Hiring Manager');
  });

  it('says “Saved to your notes” only for the company it was saved to', async () => {
    const other = { ...structuredClone(northwind), id: 'c-other', name: 'Other Co', domains: ['other.example'] };
    const { field, saveButton, hint, templates } = await mount('', { companies: [structuredClone(northwind), other] });
    type(field('topic'), 'the Kafka move');
    await settle();
    saveButton('topic')!.click();
    await settle();
    expect(hint('topic').textContent).toContain('Saved to your notes');
    templates.companyId.value = 'c-other';
    await settle();
    expect(hint('topic').textContent).toContain('Filled in for you');
    expect(field('topic').value).toBe('the churn dashboard rebuild');
  });
});
