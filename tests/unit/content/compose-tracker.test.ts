import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/core/guidelines/types';
import type { SessionDeps } from '@/lib/app/content/compose-session';
import { trackComposes } from '@/lib/app/content/compose-tracker';
import { CONTENT_VIEWS } from '@/components/badge/views';
import { badgeHeadline, badgeLabel, badgeTone } from '@/lib/app/content/badge-model';
import { ROOT_SCAN_MS } from '@/lib/dom/webmail/adapter-kit';
import { gmail } from '@/lib/dom/webmail/gmail';
import { outlook } from '@/lib/dom/webmail/outlook';
import { loadFixture, loadPage, nextFrame } from '../webmail/helpers';

const controllers: AbortController[] = [];
const lifetime = () => {
  const c = new AbortController();
  controllers.push(c);
  return c;
};
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
});

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    await Promise.resolve();
    await nextFrame();
  }
};

/** Deps that score a draft by its word count, and record what the session asked for. */
function fakeDeps() {
  const checks: { composeId: string; draft: Draft }[] = [];
  const closed: string[] = [];
  const deps: SessionDeps = {
    views: CONTENT_VIEWS,
    async check({ composeId, draft }) {
      checks.push({ composeId, draft });
      const words = draft.bodyText.split(/\s+/).filter(Boolean).length;
      return { kind: 'thank-you', score: Math.min(100, words), errors: words < 10 ? 1 : 0, warnings: 0, tips: 0, marks: [], details: {} };
    },
    closed: (id) => closed.push(id),
    sent: () => undefined,
    openSidebar: async () => ({ opened: false, hint: 'Open Afterview from the toolbar to see the checks.' }),
  };
  return { deps, checks, closed };
}

const hosts = (doc: Document) => Array.from(doc.querySelectorAll<HTMLElement>('afterview-score[data-afterview-ui]'));
const shown = (host: HTMLElement) => host.shadowRoot?.querySelector('.score')?.textContent;

describe('trackComposes', () => {
  it('puts one badge, in an open shadow root, in each compose and shows its score', async () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const { deps, checks } = fakeDeps();
    const tracker = trackComposes(gmail, doc, deps, lifetime().signal);
    await settle();
    expect(tracker.sessions()).toHaveLength(2);
    const [a, b] = hosts(doc);
    expect(a!.shadowRoot).not.toBeNull();
    expect(a!.closest('[data-afterview-compose]')?.getAttribute('data-afterview-compose')).toBe(tracker.sessions()[0]!.id);
    expect(b!.getAttribute('data-compose-id')).toBe(tracker.sessions()[1]!.id);
    // Not inside the editable body: what is there gets sent.
    expect(doc.querySelector('[contenteditable="true"] afterview-score')).toBeNull();
    expect(new Set(checks.map((c) => c.composeId)).size).toBe(2);
    expect(shown(a!)).toMatch(/^\d+$/);
  });

  it('never puts the draft or any note into the badge: only the score and counts', async () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const { deps, checks } = fakeDeps();
    trackComposes(gmail, doc, deps, lifetime().signal);
    await settle();
    const text = hosts(doc)[0]!.shadowRoot!.textContent ?? '';
    const label = hosts(doc)[0]!.shadowRoot!.querySelector('button')!.getAttribute('aria-label') ?? '';
    const draftWords = checks[0]!.draft.bodyText.split(/\s+/).filter((w) => w.length > 5);
    for (const w of draftWords) {
      expect(text).not.toContain(w);
      expect(label).not.toContain(w);
    }
  });

  it('lets a closed compose go: its badge leaves and the background hears of it', async () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const { deps, closed } = fakeDeps();
    const tracker = trackComposes(gmail, doc, deps, lifetime().signal);
    await settle();
    const [first, second] = tracker.sessions();
    first!.root.closest('[role="dialog"]')!.remove();
    // Closed composes are noticed by the slow scan.
    await new Promise((resolve) => setTimeout(resolve, ROOT_SCAN_MS + 50));
    await settle();
    expect(tracker.sessions().map((s) => s.id)).toEqual([second!.id]);
    expect(closed).toEqual([first!.id]);
    expect(hosts(doc)).toHaveLength(1);
  });

  it('after an extension update, stops watching and leaves a badge that asks to reload the tab', async () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const { deps, checks } = fakeDeps();
    const life = lifetime();
    trackComposes(outlook, doc, deps, life.signal);
    await settle();
    expect(hosts(doc)).toHaveLength(1);
    life.abort();
    await settle();
    expect(hosts(doc)).toHaveLength(1);
    expect(shown(hosts(doc)[0]!)).toBe('Reload tab');
    expect(hosts(doc)[0]!.shadowRoot!.querySelector('button')!.textContent).toMatch(/reload this tab/);
    const before = checks.length;
    doc.querySelector<HTMLElement>('[contenteditable="true"][aria-multiline="true"]')!.append(doc.createTextNode(' more'));
    hosts(doc)[0]!.shadowRoot!.querySelector('button')!.click();
    await settle();
    expect(checks.length).toBe(before);
  });

  it('shows "layout not recognised" for a compose it cannot read, and keeps the others', async () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const { deps } = fakeDeps();
    const tracker = trackComposes(gmail, doc, deps, lifetime().signal);
    await settle();
    for (const el of Array.from(tracker.sessions()[0]!.root.querySelectorAll('[contenteditable], .Ap'))) el.remove();
    tracker.sessions()[0]!.refresh();
    expect(tracker.sessions()[0]!.badge.state.value.status).toBe('unrecognised');
    await settle();
    expect(shown(hosts(doc)[0]!)).toBe('Layout not recognised');
    expect(tracker.sessions()[1]!.badge.state.value.status).toBe('ready');
  });

  it('shows the newest score when answers arrive out of order', async () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const resolvers: ((score: number) => void)[] = [];
    const deps: SessionDeps = {
      ...fakeDeps().deps,
      check: () => new Promise((resolve) => resolvers.push((score) => resolve({ kind: 'thank-you', score, errors: 0, warnings: 0, tips: 0, marks: [], details: {} }))),
    };
    const tracker = trackComposes(outlook, doc, deps, lifetime().signal);
    await settle();
    const session = tracker.sessions()[0]!;
    session.refresh();
    resolvers.at(-1)!(90);
    await settle();
    resolvers[0]!(10);
    await settle();
    expect(session.badge.state.value).toMatchObject({ status: 'ready', summary: { score: 90 } });
  });

  it('leaves a page it does not know untouched', async () => {
    const doc = loadPage('<html><body><div contenteditable="true">Hello</div></body></html>');
    const before = doc.documentElement.outerHTML;
    const tracker = trackComposes(gmail, doc, fakeDeps().deps, lifetime().signal);
    await settle();
    expect(tracker.sessions()).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(await tracker.insert({ text: 'x', mode: 'caret' })).toMatchObject({ ok: false });
  });

  it('stops key presses inside the badge from reaching the page', async () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    trackComposes(outlook, doc, fakeDeps().deps, lifetime().signal);
    await settle();
    let reached = 0;
    doc.addEventListener('keydown', () => reached++);
    const button = hosts(doc)[0]!.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    expect(reached).toBe(0);
  });

  it('shows the sidebar hint when the sidebar cannot be opened from the page', async () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const tracker = trackComposes(outlook, doc, fakeDeps().deps, lifetime().signal);
    await settle();
    hosts(doc)[0]!.shadowRoot!.querySelector('button')!.click();
    await settle();
    expect(tracker.sessions()[0]!.badge.hint.value).toMatch(/toolbar/);
    expect(hosts(doc)[0]!.shadowRoot!.querySelector('[role="status"]')?.textContent).toMatch(/toolbar/);
  });
});

describe('badge wording', () => {
  it('names the score and what to fix for screen readers', () => {
    expect(badgeLabel({ status: 'ready', summary: { kind: 'thank-you', score: 79, errors: 1, warnings: 1, tips: 2, marks: [], details: {} } })).toBe(
      'Afterview 79 1 must fix. Score 79 out of 100: 1 must-fix, 1 should-fix, 2 ideas. Open the Afterview sidebar for details.',
    );
    expect(badgeLabel({ status: 'unrecognised' })).toBe('Afterview Layout not recognised. This draft cannot be checked here. Open the Afterview sidebar.');
  });

  it('says the top problem in a few words, and in the label for screen readers', () => {
    const summary = {
      kind: 'thank-you' as const,
      score: 62,
      errors: 2,
      warnings: 1,
      tips: 0,
      marks: [],
      details: {},
      top: { severity: 'error' as const, title: 'Fill in every placeholder' },
    };
    expect(badgeHeadline({ status: 'ready', summary })).toBe('2 must fix: Fill in every placeholder');
    expect(badgeLabel({ status: 'ready', summary })).toBe(
      'Afterview 62 2 must fix: Fill in every placeholder. Score 62 out of 100: 2 must-fix, 1 should-fix, 0 ideas. Open the Afterview sidebar for details.',
    );
    const shouldOnly = { ...summary, errors: 0, top: { severity: 'warning' as const, title: 'Keep the register professional' } };
    expect(badgeHeadline({ status: 'ready', summary: shouldOnly })).toBe('1 should fix: Keep the register professional');
    expect(badgeHeadline({ status: 'ready', summary: { ...summary, errors: 0, warnings: 0, tips: 3, top: { severity: 'tip', title: 'Name something specific' } } })).toBe('');
    expect(badgeHeadline({ status: 'checking' })).toBe('');
  });

  it('colours by the worst severity', () => {
    expect(badgeTone({ status: 'ready', summary: { kind: 'note', score: 95, errors: 0, warnings: 0, tips: 1, marks: [], details: {} } })).toBe('good');
    expect(badgeTone({ status: 'ready', summary: { kind: 'note', score: 85, errors: 1, warnings: 0, tips: 0, marks: [], details: {} } })).toBe('poor');
    expect(badgeTone({ status: 'ready', summary: { kind: 'note', score: 70, errors: 0, warnings: 5, tips: 0, marks: [], details: {} } })).toBe('fair');
    expect(badgeTone({ status: 'ready', summary: { kind: 'note', score: 55, errors: 0, warnings: 0, tips: 4, marks: [], details: {} } })).toBe('good');
    expect(badgeTone({ status: 'checking' })).toBe('neutral');
  });
});
