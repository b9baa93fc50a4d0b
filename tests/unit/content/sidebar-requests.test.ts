// What the compose does with the sidebar's requests, with a stand-in for the page's highlight
// registry (happy-dom has none): a finding whose words are underlined opens its card there and
// leaves the caret alone; one without an underline is selected as before; a fix is applied over
// the live underline only while its words are there; the suggested subject goes in through the
// site's own input. Real browsers: tests/e2e/sidebar-fixes-chromium.test.mjs.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionDeps } from '@/lib/app/content/compose-session';
import { trackComposes } from '@/lib/app/content/compose-tracker';
import { CONTENT_VIEWS } from '@/components/badge/views';
import type { ScoreSummary } from '@/lib/platform/messaging/protocol';
import { gmail } from '@/lib/dom/webmail/gmail';
import { loadFixture, nextFrame } from '../webmail/helpers';

class FakeHighlight extends Set<AbstractRange> {}
const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
  document.adoptedStyleSheets = [];
});

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    await Promise.resolve();
    await nextFrame();
  }
};

const TEXT = 'Dear Dana, thank you for the the chat and thx again.';

/** Checks that mark "the the" (spelling) wherever it is in the draft. */
function deps(): SessionDeps {
  return {
    views: CONTENT_VIEWS,
    async check({ draft }): Promise<ScoreSummary> {
      const start = draft.bodyText.indexOf('the the');
      const marks = start < 0 ? [] : [{ rule: 'spelling' as const, severity: 'error' as const, start, end: start + 7, fixes: [{ label: 'Remove the repeated word', replacement: 'the' }] }];
      return { kind: 'thank-you', score: 50, errors: marks.length, warnings: 0, tips: 0, marks, details: { spelling: { title: 'Proofread', why: 'Why.', message: 'A doubled word.' } } };
    },
    closed: () => undefined,
    sent: () => undefined,
    openSidebar: async () => ({ opened: false }),
  };
}

async function setUp() {
  Object.assign(window, { Highlight: FakeHighlight, CSS: { highlights: new Map<string, FakeHighlight>() } });
  const doc = loadFixture('gmail-floating-peoplekit-en.html');
  const life = new AbortController();
  controllers.push(life);
  const tracker = trackComposes(gmail, doc, deps(), life.signal);
  await settle();
  const session = tracker.sessions()[0]!;
  const body = gmail.bodyOf(session.root)!;
  body.textContent = TEXT;
  // The user's caret, at the start of "chat".
  const caret = doc.createRange();
  caret.setStart(body.firstChild!, TEXT.indexOf('chat'));
  doc.getSelection()!.removeAllRanges();
  doc.getSelection()!.addRange(caret);
  session.refresh();
  await settle();
  const card = () => session.root.querySelector<HTMLElement>('afterview-card')!;
  const underlined = () => [...((window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights.get('afterview-error') ?? [])].map((r) => (r as Range).toString());
  return { doc, tracker, session, body, card, underlined };
}

describe('a finding shown from the sidebar', () => {
  it('opens the card on its underline, and leaves the caret where the user had it', async () => {
    const { doc, tracker, session, card, underlined } = await setUp();
    expect(underlined()).toEqual(['the the']);
    expect(card().hidden).toBe(true);
    const answer = tracker.select({ composeId: session.id, field: 'body', text: 'the the', occurrence: 0, rule: 'spelling' });
    expect(answer).toEqual({ ok: true, card: true });
    expect(card().hidden).toBe(false);
    await settle();
    expect(card().shadowRoot!.querySelector('h2')?.textContent).toBe('Proofread');
    // Focused on its first fix, as F8 opens it, so Enter applies it and Esc puts the caret back in the words.
    expect(card().shadowRoot!.activeElement?.textContent).toBe('Remove the repeated word');
    const selection = doc.getSelection()!;
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorOffset).toBe(TEXT.indexOf('chat'));
    // The underline stays drawn (a selection would paint over it).
    expect(underlined()).toEqual(['the the']);
  });

  it('is selected, as before, when its check drew no underline there', async () => {
    const { doc, tracker, session, card } = await setUp();
    const answer = tracker.select({ composeId: session.id, field: 'body', text: 'thx', occurrence: 0, rule: 'casual-language' });
    expect(answer).toEqual({ ok: true });
    expect(card().hidden).toBe(true);
    expect(doc.getSelection()!.toString()).toBe('thx');
  });
});

describe('a fix picked in the sidebar', () => {
  it('is refused when its words are not under a live underline', async () => {
    const { tracker, session, body } = await setUp();
    expect(await tracker.fix({ composeId: session.id, field: 'body', text: 'thx', occurrence: 0, replacement: 'thanks' })).toMatchObject({ ok: false });
    expect(await tracker.fix({ composeId: session.id, field: 'body', text: 'the the', occurrence: 1, replacement: 'the' })).toMatchObject({ ok: false });
    expect(body.textContent).toBe(TEXT);
  });

  it('goes over the underlined words through the editor, and takes the underline away', async () => {
    const { tracker, session, body, underlined } = await setUp();
    const answer = await tracker.fix({ composeId: session.id, field: 'body', text: 'the the', occurrence: 0, replacement: 'the' });
    expect(answer).toEqual({ ok: true });
    expect(body.textContent).toBe(TEXT.replace('the the', 'the'));
    expect(underlined()).toEqual([]);
  });

  it('writes the suggested subject through the site’s input, only over the subject it was made for', async () => {
    const { tracker, session } = await setUp();
    const input = gmail.subjectOf(session.root)!;
    input.value = 'Hi';
    const typed: string[] = [];
    input.addEventListener('input', () => typed.push(input.value));
    expect(await tracker.fix({ composeId: session.id, field: 'subject', text: 'Hello', occurrence: 0, replacement: 'Thank you – Data Analyst interview' })).toMatchObject({ ok: false });
    expect(input.value).toBe('Hi');
    expect(await tracker.fix({ composeId: session.id, field: 'subject', text: 'Hi', occurrence: 0, replacement: 'Thank you – Data Analyst interview' })).toEqual({ ok: true });
    expect(input.value).toBe('Thank you – Data Analyst interview');
    expect(typed).toEqual(['Thank you – Data Analyst interview']);
  });

  it('answers for a closed compose', async () => {
    const { tracker } = await setUp();
    expect(await tracker.fix({ composeId: 'gone', field: 'body', text: 'the the', occurrence: 0, replacement: 'the' })).toEqual({ ok: false, reason: 'That compose window is closed.' });
  });
});
