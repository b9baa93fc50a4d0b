// The sidebar names the email a template goes into, beside the Insert button, and the
// button inserts into exactly that email, even when the focus moves before the click.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSidebarModel, insertTarget } from '@/components/sidebar/model';
import { createTemplatesModel } from '@/components/sidebar/templates-model';
import type { SidebarApi, TemplatesApi } from '@/lib/app/sidebar/api';
import { TemplatesPanel } from '@/components/sidebar/TemplatesPanel';
import { checkDraft } from '@/lib/core/guidelines';
import type { FocusedDraft } from '@/lib/platform/messaging/protocol';

const dana = { subject: 'Thanks', to: [{ name: 'Dana Reyes', address: 'dana@northwind.example' }], cc: [], bodyText: 'Hi Dana,\n\nThank you.\n\nSam' };
const lee = { subject: 'Following up', to: [{ name: 'Lee Park', address: 'lee@lumen.example' }], cc: [], bodyText: 'Hi Lee,\n\nJust checking in.\n\nSam' };
const focusedOn = (tabId: number, composeId: string, site: FocusedDraft['site'], draft: FocusedDraft['draft']): FocusedDraft => ({
  tabId,
  composeId,
  site,
  draft,
  result: checkDraft(draft),
  kindOverride: null,
});
const DANA = focusedOn(7, 'c1', 'gmail', dana);
const LEE = focusedOn(9, 'c2', 'outlook', lee);

const templatesApi: TemplatesApi = {
  loadNotes: async () => ({ companies: [], profile: {} }),
  onNotesChanged: () => undefined,
  listUserTemplates: async () => [],
  onUserTemplatesChanged: () => undefined,
  openNoteCard: async () => undefined,
  saveCompany: async () => {
    throw new Error('not used here');
  },
  saveProfile: async (change) => change({}),
};

async function mountPanel() {
  const inserts: string[] = [];
  const api: SidebarApi = {
    getFocused: async () => DANA,
    onFocusedChanged: () => undefined,
    setKind: async () => undefined,
    select: async () => ({ ok: true }),
    insert: async (tabId, r) => (inserts.push(`${tabId} ${r.composeId}`), { ok: true, method: 'execCommand' }),
    getMuted: async () => [],
    setMuted: async () => undefined,
    onMutedChanged: () => undefined,
    addToDictionary: async () => undefined,
    fix: async () => ({ ok: true }),
  };
  const sidebar = createSidebarModel(api);
  const templates = createTemplatesModel(templatesApi, sidebar);
  const life = new AbortController();
  await Promise.all([sidebar.load(life.signal), templates.load(life.signal)]);
  templates.kindFilter.value = 'all';
  templates.choose(templates.choices.value[0]!.template.id);
  templates.blanksConfirmed.value = true;
  const root = document.createElement('div');
  document.body.append(root);
  render(<TemplatesPanel model={templates} canInsert={true} />, root);
  const target = () => root.querySelector('[data-testid="insert-target"]')?.textContent;
  const button = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Insert at the cursor')!;
  // Each draft has a subject of its own: the panel asks before replacing it; keeping it inserts.
  const keepSubject = async () => {
    await settle();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Keep mine')!.click();
    await settle();
  };
  return { sidebar, inserts, target, button, keepSubject };
}

/** Lets Preact re-render and the insert's promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('the insert target in the sidebar', () => {
  it('names the email beside the Insert button', async () => {
    const { target, button } = await mountPanel();
    expect(target()).toBe('Goes into the email to Dana Reyes in Gmail, subject “Thanks”');
    expect(button().getAttribute('aria-describedby')).toBe('insert-message insert-target');
  });

  it('inserts into the email named on screen, even when the focus moved just before the click', async () => {
    const { sidebar, inserts, target, button, keepSubject } = await mountPanel();
    expect(target()).toMatch(/Dana Reyes/);
    // The focus moves to another tab's compose; the click lands before the panel redraws.
    sidebar.focused.value = LEE;
    button().click();
    await settle();
    expect(inserts).toEqual(['7 c1']);
    expect(sidebar.notice.value).toBe('Inserted into the email to Dana Reyes in Gmail, subject “Thanks”.');
    // Once the panel names the new compose, Insert goes there.
    expect(target()).toBe('Goes into the email to Lee Park in Outlook, subject “Following up”');
    button().click();
    await keepSubject();
    expect(inserts).toEqual(['7 c1', '9 c2']);
  });

  it('asks for a click into an email when none is focused, and inserts nowhere', async () => {
    const { sidebar, inserts, target, button } = await mountPanel();
    sidebar.focused.value = null;
    await settle();
    expect(target()).toBeUndefined();
    expect(button().disabled).toBe(true);
    expect(inserts).toEqual([]);
  });

  it('says who the email is to in a few words, and cuts a long subject', () => {
    expect(insertTarget(focusedOn(1, 'x', 'gmail', { ...dana, to: [], subject: '' })).email).toBe('the email with no recipient yet in Gmail');
    const many = { ...dana, cc: [{ address: 'a@lumen.example' }, { address: 'b@lumen.example' }], subject: `Thank you ${'very '.repeat(20)}much` };
    const { email } = insertTarget(focusedOn(1, 'x', 'outlook', many));
    expect(email).toMatch(/^the email to Dana Reyes and 2 others in Outlook, subject “Thank you very .*…”$/);
    expect(email.length).toBeLessThan(110);
  });
});
