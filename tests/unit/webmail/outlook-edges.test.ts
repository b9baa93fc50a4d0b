import { afterEach, describe, expect, it } from 'vitest';
import { outlook } from '@/lib/dom/webmail/outlook';
import { loadFixture, loadPage, readOk } from './helpers';

const read = (root: HTMLElement | undefined) => readOk(outlook, root);

const chip = (text: string, extra = '') => `<span data-lpc-hover-target-id="t-${text.length}">${extra}<span><span><span><span>${text}</span></span></span></span></span>`;
const well = (label: string, inner = '') => `<div role="textbox" contenteditable="true" aria-label="${label}">${inner}</div>`;
const BODY = '<div id="editorParent_1"><div role="textbox" contenteditable="true" aria-multiline="true"><div>Hello Dana,</div></div></div>';
const SEND = '<button data-testid="ComposeSendButton">Send</button>';

/** A page whose main area holds one docked compose made of the given parts. */
function docked(parts: string): HTMLElement {
  loadPage(`<html><body><div role="main"><div id="docking_InitVisiblePart_0">${parts}</div></div></body></html>`);
  const roots = outlook.findComposeRoots(document);
  expect(roots).toHaveLength(1);
  return roots[0]!;
}

/** `depth` nested divs, the innermost holding an Outlook body. */
const nested = (depth: number) => '<div>'.repeat(depth) + '<div role="textbox" contenteditable="true" aria-multiline="true">Hi</div>' + '</div>'.repeat(depth);

describe('Outlook: which pages are mail', () => {
  it('matches the mail and owa paths themselves and below them, nothing else', () => {
    const at = (pathname: string) => outlook.matches(new URL(`https://outlook.live.com${pathname}`));
    expect(at('/mail')).toBe(true);
    expect(at('/owa')).toBe(true);
    expect(at('/mail/inbox/id/AAQk')).toBe(true);
    expect(at('/mailbox')).toBe(false);
    expect(at('/calendar/view/week')).toBe(false);
  });
});

describe('Outlook: finding composes from their body', () => {
  it('finds a compose whose docking id changed by its Send button alone (the recipient fields not shown yet)', () => {
    loadPage(`<html><body><div role="main"><div id="compose">${SEND}${BODY}</div></div></body></html>`);
    const roots = outlook.findComposeRoots(document);
    expect(roots.map((r) => r.id)).toEqual(['compose']);
    const r = read(roots[0]);
    expect(r.kind).toBe('reading-pane');
    expect(r.draft).toMatchObject({ to: [], cc: [], bodyText: 'Hello Dana,' });
  });

  it('does not take an editor outside any compose for one, beside a compose still opening (no Send yet)', () => {
    loadPage(`<html><body><div class="settings">${nested(1)}</div><div role="main"><div id="docking_InitVisiblePart_0">${BODY}</div></div></body></html>`);
    expect(outlook.findComposeRoots(document).map((r) => r.id)).toEqual(['docking_InitVisiblePart_0']);
  });

  it('stops at the main area: the app\u2019s own primary button outside it does not make the whole app a compose', () => {
    // Outlook's "New mail" is a primary Fluent button, like Send.
    loadPage(`<html><body><div id="app"><button class="ms-Button ms-Button--primary">New mail</button><div role="main"><div>${nested(1)}</div></div></div></body></html>`);
    expect(outlook.findComposeRoots(document)).toEqual([]);
  });

  it('keeps a docked compose whole when a stray editor outside the main area climbs to the page', () => {
    // From the stray editor, the first ancestor holding a Send button is <body>, and that button
    // is the docked compose's: taken as a compose, the page would swallow it.
    loadPage(`<html><body><div role="main"><div id="docking_InitVisiblePart_0">${well('To')}${BODY}${SEND}</div></div><div>${nested(2)}</div></body></html>`);
    expect(outlook.findComposeRoots(document).map((r) => r.id)).toEqual(['docking_InitVisiblePart_0']);
  });

  it('looks at most 20 levels up from the body for Send or a recipient well', () => {
    loadPage(`<html><body><div id="holder">${SEND}${nested(19)}</div></body></html>`);
    expect(outlook.findComposeRoots(document).map((r) => r.id)).toEqual(['holder']);
    loadPage(`<html><body><div id="holder">${SEND}${nested(20)}</div></body></html>`);
    expect(outlook.findComposeRoots(document)).toEqual([]);
  });

  it('keeps the docking container as the compose when its Send button sits outside it', () => {
    // Found by its docking id, the compose is not traded for a larger ancestor found from its body.
    loadPage(`<html><body><div role="main"><div id="pane">${SEND}<div id="docking_InitVisiblePart_0">${BODY}</div></div></div></body></html>`);
    expect(outlook.findComposeRoots(document).map((r) => r.id)).toEqual(['docking_InitVisiblePart_0']);
  });

  it('calls a docked compose outside the main area a reading-pane compose', () => {
    loadPage(`<html><body><div id="docking_InitVisiblePart_0">${SEND}${BODY}</div></body></html>`);
    expect(outlook.composeKind(outlook.findComposeRoots(document)[0]!)).toBe('reading-pane');
  });

  it('finds the body by its editor wrapper when its role changes, and says so', () => {
    const root = docked(`${SEND}${well('To', chip('dana@northwind.example'))}<div id="editorParent_1"><div contenteditable="true"><div>Hello</div></div></div>`);
    const r = read(root);
    expect(r.draft.bodyText).toBe('Hello');
    expect(r.draft.to).toEqual([{ address: 'dana@northwind.example' }]);
    expect(r.fallbacks).toContain('outlook.body');
  });
});

describe('Outlook: recipients', () => {
  it('reads only the chip text, not an avatar\u2019s initials beside it', () => {
    const root = docked(`${SEND}${well('To', chip('Dana Reyes &lt;dana@northwind.example&gt;', '<span class="initials">DR</span>'))}${BODY}`);
    expect(read(root).draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana@northwind.example' }]);
  });

  it('skips an empty chip', () => {
    const root = docked(`${SEND}${well('To', '<span data-lpc-hover-target-id="t-empty"></span>' + chip('dana@northwind.example'))}${BODY}`);
    expect(read(root).draft.to).toEqual([{ address: 'dana@northwind.example' }]);
  });

  it('reads chips beside the To well without taking the Cc well\u2019s chips', () => {
    const root = docked(`${SEND}<div class="wells">${chip('Dana Reyes &lt;dana@northwind.example&gt;')}${well('To')}${well('Cc', chip('priya@northwind.example'))}</div>${BODY}`);
    const r = read(root);
    expect(r.draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana@northwind.example' }]);
    expect(r.draft.cc).toEqual([{ address: 'priya@northwind.example' }]);
  });

  it('reads the chips inside the To well and not the sender persona beside it', () => {
    const root = docked(`${SEND}<div class="row">${chip('Sam Taylor &lt;sam@example.com&gt;')}${well('To', chip('Dana Reyes &lt;dana@northwind.example&gt;'))}</div>${BODY}`);
    expect(read(root).draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana@northwind.example' }]);
  });

  it('does not take an editable block inside the message body for a Cc well', () => {
    const body =
      '<div id="editorParent_1"><div role="textbox" contenteditable="true" aria-multiline="true"><div>Hello</div><div role="textbox" contenteditable="true">x@northwind.example</div></div></div>';
    const r = read(docked(`${SEND}${well('To', chip('dana@northwind.example'))}${body}`));
    expect(r.draft.to).toEqual([{ address: 'dana@northwind.example' }]);
    expect(r.draft.cc).toEqual([]);
  });
});

describe('Outlook: subject', () => {
  it('takes the last text input outside the body, not one pasted into the body', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const root = outlook.findComposeRoots(doc)[0]!;
    const pasted = doc.createElement('input');
    pasted.type = 'text';
    pasted.autocomplete = 'off';
    pasted.value = 'pasted form';
    outlook.bodyOf(root)!.append(pasted);
    expect(outlook.subjectOf(root)?.value).toBe('RE: Product analyst interview');
    expect(read(root).draft.subject).toBe('RE: Product analyst interview');
  });
});

describe('Outlook: the send shortcut', () => {
  let controller: AbortController | undefined;
  afterEach(() => controller?.abort());

  /** How many sends one keydown in the body reports (a fresh watch each time: sends close together count once). */
  function sends(init: KeyboardEventInit): number {
    controller?.abort();
    controller = new AbortController();
    const root = outlook.findComposeRoots(document)[0]!;
    let count = 0;
    outlook.watchCompose(root, { onEdit: () => {}, onSend: () => (count += 1), isTrusted: () => true }, controller.signal);
    outlook.bodyOf(root)!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    return count;
  }

  it('is Ctrl+Enter or Cmd+Enter without Alt, and no other Ctrl key', () => {
    loadFixture('outlook-reading-pane-reply-en.html');
    expect(sends({ key: 'Enter', ctrlKey: true })).toBe(1);
    expect(sends({ key: 'Enter', metaKey: true })).toBe(1);
    expect(sends({ key: 'Enter', ctrlKey: true, altKey: true })).toBe(0);
    expect(sends({ key: 'b', ctrlKey: true })).toBe(0);
    expect(sends({ key: 'Enter' })).toBe(0);
  });
});
