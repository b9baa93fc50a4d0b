/**
 * defineAdapter on a made-up site: the shared behaviour every adapter gets (failing closed,
 * compose ids, subject writing, the observers), shown without Gmail's or Outlook's markup.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { defineAdapter, ROOT_SCAN_MS, type SiteSpec } from '@/lib/dom/webmail/adapter-kit';
import { COMPOSE_ID_ATTRIBUTE, OWN_UI_ATTRIBUTE, type RootsChange } from '@/lib/dom/webmail/types';
import { loadPage, nextFrame } from './helpers';

const controllers: AbortController[] = [];
function lifetime(): AbortController {
  const c = new AbortController();
  controllers.push(c);
  return c;
}
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PAGE = `<!doctype html><html><body>
  <div class="compose" id="c1">
    <input class="subject" value="Hello there">
    <div class="body" contenteditable="true"><p>Dear Ana,</p></div>
    <div class="send" role="button"><span class="label">Send</span></div>
    <div class="other" role="button">Options</div>
  </div>
  <div id="outside"><input id="search"></div>
</body></html>`;

function spec(overrides: Partial<SiteSpec> = {}): SiteSpec {
  return {
    id: 'gmail',
    insertStrategy: 'execCommand',
    bodyLayout: { history: [], historyStartsAt: [], signature: [] },
    matches: (url) => url.hostname === 'mail.example',
    findComposeRoots: (doc) => Array.from(doc.querySelectorAll<HTMLElement>('.compose')),
    bodyOf: (root) => root.querySelector<HTMLElement>('.body'),
    subjectOf: (root) => root.querySelector<HTMLInputElement>('.subject'),
    sendButtonOf: (root) => root.querySelector<HTMLElement>('.send'),
    composeKind: () => 'floating',
    recipientsOf: () => ({ to: [{ name: 'Ana', address: 'ana@example.com' }], cc: [] }),
    isSendShortcut: (e) => e.key === 'Enter' && e.ctrlKey,
    ...overrides,
  };
}

const fail = () => {
  throw new Error('site changed');
};

const settle = async () => {
  await Promise.resolve();
  await nextFrame();
  await nextFrame();
};

describe('failing closed', () => {
  it('answers the fallback of every lookup whose site code throws', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const adapter = defineAdapter(spec({ matches: fail, findComposeRoots: fail, bodyOf: fail, subjectOf: fail, sendButtonOf: fail, composeKind: fail }));
    expect(adapter.matches(new URL('https://mail.example/'))).toBe(false);
    expect(adapter.findComposeRoots(doc)).toEqual([]);
    expect(adapter.bodyOf(root)).toBeNull();
    expect(adapter.subjectOf(root)).toBeNull();
    expect(adapter.sendButtonOf(root)).toBeNull();
    expect(adapter.composeKind(root)).toBe('unknown');
    expect(adapter.setSubject(root, 'New')).toBe(false);
    expect(adapter.focusedRoot(doc)).toBeNull();
    expect(adapter.composeId(null as unknown as HTMLElement)).toBe('');
  });

  it('says why a compose cannot be read', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    expect(defineAdapter(spec({ bodyOf: () => null })).readCompose(root)).toEqual({
      ok: false,
      reason: 'layout not recognised: no message body found in this compose',
    });
    expect(defineAdapter(spec({ recipientsOf: fail })).readCompose(root)).toEqual({ ok: false, reason: 'layout not recognised: site changed' });
    root.remove();
    expect(defineAdapter(spec()).readCompose(root)).toEqual({ ok: false, reason: 'this compose is no longer in the page' });
  });
});

describe('readCompose', () => {
  it('reads the draft, with an empty subject when the compose has no subject field', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const full = defineAdapter(spec()).readCompose(root);
    expect(full.ok && full.draft.subject).toBe('Hello there');
    expect(full.ok && full.subjectInput).toBe(root.querySelector('.subject'));
    const read = defineAdapter(spec({ subjectOf: () => null })).readCompose(root);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.draft).toEqual({ subject: '', to: [{ name: 'Ana', address: 'ana@example.com' }], cc: [], bodyText: 'Dear Ana,', bodyHtml: '<p>Dear Ana,</p>' });
    expect('subjectInput' in read).toBe(false);
  });
});

describe('composeId', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it("uses the site's draft key, else a generated id kept on the root", () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const keyed = defineAdapter(spec({ draftKeyOf: () => 'draft-7' }));
    expect(keyed.composeId(root)).toBe('draft-7');
    expect(root.getAttribute(COMPOSE_ID_ATTRIBUTE)).toBe('draft-7');

    root.removeAttribute(COMPOSE_ID_ATTRIBUTE);
    const adapter = defineAdapter(spec({ draftKeyOf: fail }));
    const id = adapter.composeId(root);
    const [prefix, random] = [id.slice(0, id.lastIndexOf('-', id.length - 37)), id.slice(-36)];
    expect(prefix).toMatch(/^afterview-gmail-\d+$/);
    expect(random).toMatch(UUID);
    expect(adapter.composeId(root)).toBe(id);
  });

  it('generates ids without crypto.randomUUID (plain http pages) or without crypto at all', () => {
    const doc = loadPage(PAGE);
    const adapter = defineAdapter(spec());
    const ids = new Set<string>();
    const fresh = () => {
      const root = doc.createElement('div');
      doc.body.append(root);
      return adapter.composeId(root);
    };
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    ids.add(fresh());
    ids.add(fresh());
    vi.stubGlobal('crypto', undefined);
    ids.add(fresh());
    expect(ids.size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^afterview-gmail-\d+-[0-9a-z]+-[0-9a-z]+$/);
  });

  it('differs between two copies of the adapter code (two content scripts) even without randomUUID', async () => {
    vi.stubGlobal('crypto', undefined);
    const doc = loadPage(PAGE);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      vi.resetModules();
      const kit = await import('@/lib/dom/webmail/adapter-kit');
      const root = doc.createElement('div');
      doc.body.append(root);
      ids.push(kit.defineAdapter(spec()).composeId(root));
    }
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('setSubject', () => {
  it('writes the subject and fires input and change events that bubble to the page', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const seen: string[] = [];
    doc.body.addEventListener('input', (e) => seen.push(`${e.type}:${e instanceof InputEvent}`), { signal: lifetime().signal });
    doc.body.addEventListener('change', (e) => seen.push(e.type), { signal: lifetime().signal });
    expect(defineAdapter(spec()).setSubject(root, 'Next steps')).toBe(true);
    expect(root.querySelector<HTMLInputElement>('.subject')!.value).toBe('Next steps');
    expect(seen).toEqual(['input:true', 'change']);
  });

  it('refuses a missing, disabled or read-only subject, or one the site keeps', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const input = root.querySelector<HTMLInputElement>('.subject')!;
    expect(defineAdapter(spec({ subjectOf: () => null })).setSubject(root, 'x')).toBe(false);
    input.disabled = true;
    expect(defineAdapter(spec()).setSubject(root, 'x')).toBe(false);
    input.disabled = false;
    input.readOnly = true;
    expect(defineAdapter(spec()).setSubject(root, 'x')).toBe(false);
    input.readOnly = false;
    expect(defineAdapter(spec({ canSetSubject: () => false })).setSubject(root, 'x')).toBe(false);
    expect(input.value).toBe('Hello there');
    expect(defineAdapter(spec({ canSetSubject: () => true })).setSubject(root, 'x')).toBe(true);
    expect(input.value).toBe('x');
  });

  it('writes through the prototype setter, so a React-style value tracker sees the change', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const input = root.querySelector<HTMLInputElement>('.subject')!;
    // React keeps the last value it knows in an own `value` property and drops an input
    // event whose value equals it: a plain `input.value = x` would update its copy too.
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!;
    let tracked = input.value;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get!.call(input),
      set: (v: string) => {
        tracked = v;
        native.set!.call(input, v);
      },
    });
    const changes: string[] = [];
    input.addEventListener('input', () => input.value !== tracked && changes.push(input.value), { signal: lifetime().signal });
    expect(defineAdapter(spec()).setSubject(root, 'Thanks')).toBe(true);
    expect(changes).toEqual(['Thanks']);
  });

  it('writes an input whose own prototype has no value property (a customized built-in element)', () => {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const input = root.querySelector<HTMLInputElement>('.subject')!;
    Object.setPrototypeOf(input, Object.create(Object.getPrototypeOf(input) as object));
    expect(defineAdapter(spec()).setSubject(root, 'Custom')).toBe(true);
    expect(input.value).toBe('Custom');
  });

  it('writes a subject in a document without a window, or whose window has no InputEvent', () => {
    for (const kind of ['windowless', 'no InputEvent']) {
      const doc = document.implementation.createHTMLDocument(kind);
      if (kind === 'no InputEvent') Object.defineProperty(doc, 'defaultView', { value: {} });
      doc.body.innerHTML = '<div class="compose"><input class="subject" value="old"></div>';
      const root = doc.querySelector<HTMLElement>('.compose')!;
      const events: string[] = [];
      root.addEventListener('input', (e) => events.push(e.type));
      expect(defineAdapter(spec()).setSubject(root, 'new'), kind).toBe(true);
      expect(root.querySelector('input')!.value).toBe('new');
      expect(events).toEqual(['input']);
    }
  });
});

describe('focusedRoot', () => {
  it('answers the compose holding the focus, and none when the focus is elsewhere or nowhere', () => {
    const doc = loadPage(PAGE);
    const adapter = defineAdapter(spec());
    expect(adapter.focusedRoot(doc)).toBeNull();
    doc.getElementById('search')!.focus();
    expect(adapter.focusedRoot(doc)).toBeNull();
    doc.querySelector<HTMLElement>('.body')!.focus();
    expect(adapter.focusedRoot(doc)).toBe(doc.getElementById('c1'));
  });

  it('does not count an unfocused page as focus in a compose that fills the page (a pop-out)', () => {
    const doc = loadPage(PAGE);
    const adapter = defineAdapter(spec({ findComposeRoots: (d) => [d.body] }));
    expect(doc.activeElement).toBe(doc.body);
    expect(adapter.focusedRoot(doc)).toBeNull();
    doc.querySelector<HTMLElement>('.body')!.focus();
    expect(adapter.focusedRoot(doc)).toBe(doc.body);
  });
});

describe('observeRoots', () => {
  it('reports nothing for a page without composes, and no removal on the first scan', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const doc = loadPage(PAGE);
    const changes: RootsChange[] = [];
    defineAdapter(spec()).observeRoots(doc, (c) => changes.push(c), lifetime().signal);
    await Promise.resolve();
    expect(changes).toEqual([{ added: [doc.getElementById('c1')], removed: [] }]);

    const empty: RootsChange[] = [];
    defineAdapter(spec({ findComposeRoots: () => [] })).observeRoots(doc, (c) => empty.push(c), lifetime().signal);
    await vi.advanceTimersByTimeAsync(ROOT_SCAN_MS * 2);
    expect(empty).toEqual([]);
  });

  it('reports nothing when aborted before its first scan, and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const doc = loadPage(PAGE);
    const onChange = vi.fn();
    const c = lifetime();
    defineAdapter(spec()).observeRoots(doc, onChange, c.signal);
    c.abort();
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(ROOT_SCAN_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);

    defineAdapter(spec()).observeRoots(doc, onChange, AbortSignal.abort());
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sees the focus move into a new compose even when the page stops the focus event', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const doc = loadPage(PAGE);
    const changes: RootsChange[] = [];
    defineAdapter(spec()).observeRoots(doc, (c) => changes.push(c), lifetime().signal);
    await Promise.resolve();
    const copy = doc.getElementById('c1')!.cloneNode(true) as HTMLElement;
    copy.id = 'c2';
    doc.body.append(copy);
    // The site's editor keeps its focus events to itself.
    copy.addEventListener('focusin', (e) => e.stopPropagation(), { signal: lifetime().signal });
    copy.querySelector('.body')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await nextFrame();
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual({ added: [copy], removed: [] });
  });

  it("runs its slow scan on the compose's own window, so it ends when a pop-out window closes", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const popout = new Window({ url: 'https://mail.example/popout' });
    popout.document.body.innerHTML = '<div class="compose"></div>';
    const scans = vi.fn(() => [] as HTMLElement[]);
    defineAdapter(spec({ findComposeRoots: scans })).observeRoots(popout.document as unknown as Document, vi.fn(), lifetime().signal);
    await Promise.resolve();
    const afterFirst = scans.mock.calls.length;
    await popout.happyDOM.close();
    await vi.advanceTimersByTimeAsync(ROOT_SCAN_MS * 3);
    expect(scans.mock.calls.length).toBe(afterFirst);
  });

  it("stops the pop-out window's slow scan on abort, while the window stays open", async () => {
    const popout = new Window({ url: 'https://mail.example/popout' });
    const started = vi.spyOn(popout, 'setInterval');
    const stopped = vi.spyOn(popout, 'clearInterval');
    const c = lifetime();
    defineAdapter(spec()).observeRoots(popout.document as unknown as Document, vi.fn(), c.signal);
    expect(started).toHaveBeenCalledTimes(1);
    c.abort();
    expect(stopped).toHaveBeenCalledWith(started.mock.results[0]!.value);
    await popout.happyDOM.close();
  });
});

describe('watchCompose', () => {
  function watch(overrides: Partial<SiteSpec> = {}) {
    const doc = loadPage(PAGE);
    const root = doc.getElementById('c1')!;
    const onEdit = vi.fn();
    const onSend = vi.fn();
    const controller = lifetime();
    // happy-dom's events are all untrusted; here they stand for the user's.
    defineAdapter(spec(overrides)).watchCompose(root, { onEdit, onSend, isTrusted: () => true }, controller.signal);
    const el = (selector: string) => root.querySelector<HTMLElement>(selector)!;
    const key = (target: HTMLElement, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    return { doc, root, onEdit, onSend, controller, el, key };
  }

  it('counts a click on Send or inside it, not elsewhere in the compose', () => {
    const { root, onSend, el } = watch();
    el('.other').click();
    el('.body').click();
    root.click();
    expect(onSend).not.toHaveBeenCalled();
    el('.send .label').click();
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('counts no send, and throws nothing into the page, in a compose whose Send button is not found', () => {
    const { onSend, el, key } = watch({ sendButtonOf: () => null });
    // happy-dom rethrows a listener's exception from dispatchEvent; a browser would report it to the page.
    expect(() => el('.send').click()).not.toThrow();
    expect(() => key(el('.send'), { key: 'Enter' })).not.toThrow();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('counts Enter or Space on the Send button, not other keys or keys elsewhere', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { onSend, el, key } = watch();
    key(el('.send'), { key: 'a' });
    key(el('.body'), { key: 'Enter' });
    key(el('.body'), { key: ' ' });
    key(el('.other'), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    key(el('.send'), { key: ' ' });
    expect(onSend).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    key(el('.send'), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('counts the send shortcut anywhere in the compose, and no key when the shortcut check throws', () => {
    const { onSend, el, key } = watch();
    key(el('.body'), { key: 'Enter', ctrlKey: true });
    expect(onSend).toHaveBeenCalledTimes(1);
    const broken = watch({ isSendShortcut: fail });
    broken.key(broken.el('.body'), { key: 'Enter', ctrlKey: true });
    broken.key(broken.el('.body'), { key: 'x' });
    expect(broken.onSend).not.toHaveBeenCalled();
  });

  it('counts two sends 800 ms apart as two, and quicker ones as one', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { onSend, el } = watch();
    el('.send').click();
    vi.advanceTimersByTime(799);
    el('.send').click();
    expect(onSend).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    el('.send').click();
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('ignores input events from our own UI inside the compose', async () => {
    const { root, onEdit, el } = watch();
    const ui = root.ownerDocument.createElement('input');
    ui.setAttribute(OWN_UI_ATTRIBUTE, 'field');
    root.append(ui);
    await settle();
    onEdit.mockClear();
    ui.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(onEdit).not.toHaveBeenCalled();
    el('.body').dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('reports a text change made without an input event', async () => {
    const { onEdit, el } = watch();
    (el('.body p').firstChild as Text).data = 'Dear Anna,';
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('reports a change that comes with a change to our UI, and one adding our UI and text at once', async () => {
    const { root, onEdit, el } = watch();
    const ui = root.ownerDocument.createElement('div');
    ui.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    root.append(ui);
    el('.body').append(root.ownerDocument.createTextNode(' more'));
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);

    const both = root.ownerDocument.createDocumentFragment();
    const badge = root.ownerDocument.createElement('div');
    badge.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    both.append(badge, root.ownerDocument.createElement('p'));
    el('.body').append(both);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(2);

    ui.append(root.ownerDocument.createElement('span'));
    root.append(badge);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(2);
  });

  it('stops observing the compose on abort, and never starts with an aborted signal', () => {
    const disconnected = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { controller } = watch();
    expect(disconnected).not.toHaveBeenCalled();
    controller.abort();
    expect(disconnected).toHaveBeenCalledTimes(1);

    const observed = vi.spyOn(MutationObserver.prototype, 'observe');
    const doc = loadPage(PAGE);
    defineAdapter(spec()).watchCompose(doc.getElementById('c1')!, { onEdit: vi.fn(), onSend: vi.fn() }, AbortSignal.abort());
    expect(observed).not.toHaveBeenCalled();
  });
});
