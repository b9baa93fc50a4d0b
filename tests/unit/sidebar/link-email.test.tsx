// The sidebar offers "Link this email to …" when the recipients match no saved company,
// in one click with its suggestion, and the offer goes once the email matches.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkEmail } from '@/components/sidebar/LinkEmail';
import { createLinkModel } from '@/components/sidebar/link-model';
import { createSidebarModel } from '@/components/sidebar/model';
import type { LinkApi, SidebarApi } from '@/lib/app/sidebar/api';
import { checkDraft } from '@/lib/core/guidelines';
import type { FocusedDraft } from '@/lib/platform/messaging/protocol';
import { applyLink } from '@/lib/core/notes/link-email';
import type { CompanyRecord } from '@/lib/core/notes/types';
import { company } from '../guidelines/helpers';

const focusedTo = (address: string, name?: string): FocusedDraft => {
  const draft = { subject: 'Thank you', to: [{ address, ...(name ? { name } : {}) }], cc: [], bodyText: 'Hi,\n\nThank you for your time.\n\nSam' };
  return { tabId: 3, composeId: 'c1', site: 'gmail', draft, result: checkDraft(draft), kindOverride: null };
};

const settle = () => new Promise((r) => setTimeout(r, 0));

async function mount(focused: FocusedDraft, saved: CompanyRecord[]) {
  let companies = [...saved];
  const notesListeners: (() => void)[] = [];
  const links: unknown[] = [];
  let refreshes = 0;
  const sidebarApi: SidebarApi = {
    getFocused: async () => (refreshes++, focused),
    onFocusedChanged: () => undefined,
    setKind: async () => undefined,
    select: async () => ({ ok: true }),
    insert: async () => ({ ok: true, method: 'execCommand' }),
    getMuted: async () => [],
    setMuted: async () => undefined,
    onMutedChanged: () => undefined,
    addToDictionary: async () => undefined,
    fix: async () => ({ ok: true }),
  };
  const linkApi: LinkApi = {
    loadCompanies: async () => companies,
    onNotesChanged: (listener) => void notesListeners.push(listener),
    async link(target, plan) {
      links.push({ target, plan });
      const record =
        'companyId' in target
          ? applyLink(
              companies.find((c) => c.id === target.companyId)!,
              plan,
              new Date(),
            )
          : applyLink(company({ id: 'co-new', name: target.newName, domains: [], interviews: [] }), plan, new Date());
      companies = [...companies.filter((c) => c.id !== record.id), record];
      return record;
    },
  };
  const sidebar = createSidebarModel(sidebarApi);
  const model = createLinkModel(linkApi, sidebar);
  const life = new AbortController();
  await Promise.all([sidebar.load(life.signal), model.load(life.signal)]);
  const root = document.createElement('div');
  document.body.append(root);
  render(<LinkEmail model={model} />, root);
  await settle();
  const button = () => root.querySelector<HTMLButtonElement>('[data-testid="link-email"] button');
  return { root, sidebar, links, button, refreshes: () => refreshes };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Link this email to …', () => {
  it('is not offered when the recipients already match a saved company', async () => {
    const { root } = await mount(focusedTo('priya@lumenworks.com'), [company()]);
    expect(root.querySelector('[data-testid="link-email"]')).toBeNull();
  });

  it('links an unknown company domain to a new company named after it, in one click', async () => {
    const { root, links, button, sidebar, refreshes } = await mount(focusedTo('dana@harbourline.com', 'Dana Reyes'), [company()]);
    expect(button()?.textContent).toBe('Link this email to Harbourline');
    expect(root.textContent).toContain('the domain harbourline.com');
    const before = refreshes();
    button()!.click();
    await settle();
    await settle();
    expect(links).toEqual([{ target: { newName: 'Harbourline' }, plan: { domain: 'harbourline.com', people: [] } }]);
    // The email matches now: the offer goes, the notice says so, and the draft is read again.
    expect(root.querySelector('[data-testid="link-email"]')).toBeNull();
    expect(sidebar.notice.value).toBe('Linked to Harbourline. The checks and templates now use its notes.');
    expect(refreshes()).toBeGreaterThan(before);
  });

  it('suggests the saved company named like the domain, when it was saved without its domain', async () => {
    const saved = company({ id: 'co-h', name: 'Harbourline Freight', domains: [] });
    const { links, button } = await mount(focusedTo('dana@harbourline.com'), [company(), saved]);
    expect(button()?.textContent).toBe('Link this email to Harbourline Freight');
    button()!.click();
    await settle();
    expect(links).toEqual([{ target: { companyId: 'co-h' }, plan: { domain: 'harbourline.com', people: [] } }]);
  });

  it('suggests the company saved last for a personal address, and links to another one picked instead', async () => {
    const older = company({ id: 'co-a', name: 'Acme Foods', domains: ['acme.com'], updatedAt: '2026-11-01T00:00:00Z' });
    const newer = company({ id: 'co-b', name: 'Northwind', domains: ['northwind.com'], updatedAt: '2026-11-09T00:00:00Z' });
    const { root, links, button } = await mount(focusedTo('dana.reyes@gmail.com', 'Dana Reyes'), [older, newer]);
    expect(button()?.textContent).toBe('Link this email to Northwind');
    const select = root.querySelector('select')!;
    select.value = 'co-a';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(button()?.textContent).toBe('Link this email to Acme Foods');
    button()!.click();
    await settle();
    expect(links).toEqual([{ target: { companyId: 'co-a' }, plan: { people: [{ name: 'Dana Reyes', email: 'dana.reyes@gmail.com' }] } }]);
  });

  it('asks for a name before creating a company it cannot name', async () => {
    const { root, links, button } = await mount(focusedTo('lee@yahoo.com'), []);
    expect(button()?.textContent).toBe('Link this email');
    button()!.click();
    await settle();
    expect(links).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Give the new company a name first.');
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.value = 'Bluebird Bakery';
    input.dispatchEvent(new Event('input'));
    await settle();
    button()!.click();
    await settle();
    expect(links).toEqual([{ target: { newName: 'Bluebird Bakery' }, plan: { people: [{ name: 'lee@yahoo.com', email: 'lee@yahoo.com' }] } }]);
  });
});
