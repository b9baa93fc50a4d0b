import { afterEach, describe, expect, it } from 'vitest';
import { gmail } from '@/lib/dom/webmail/gmail';
import { COMPOSE_ID_ATTRIBUTE } from '@/lib/dom/webmail/types';
import { loadFixture, loadPage, readOk } from './helpers';

const read = (root: HTMLElement | undefined) => readOk(gmail, root);
const only = (doc: Document) => {
  const roots = gmail.findComposeRoots(doc);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

/** `depth` nested divs, the innermost holding a Gmail body. */
function nested(depth: number): string {
  return '<div>'.repeat(depth) + '<div g_editable="true" contenteditable="true" role="textbox">Hi</div>' + '</div>'.repeat(depth);
}

describe('Gmail: finding composes whose root class changed', () => {
  it('finds an inline reply from its body through the ancestor holding the draft id', () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    doc.querySelector('.M9')!.classList.remove('M9');
    const root = only(doc);
    expect(root.querySelector('input[name="draft"]')).not.toBeNull();
    expect(read(root).id).toBe('#msg-a:r-3307715164425511839');
    expect(read(root).kind).toBe('inline-reply');
  });

  it('takes the dialog when no ancestor holds a draft id or subject', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    doc.querySelector('.M9')!.classList.remove('M9');
    for (const el of Array.from(doc.querySelectorAll('input[name="draft"], input[name="subjectbox"]'))) el.remove();
    expect(only(doc)).toBe(doc.querySelector('div[role="dialog"]'));
  });

  it('does not take a Gmail-editable box outside any compose for a compose', () => {
    // Nothing around the stray box holds a draft id, a subject or a dialog: it is no compose.
    loadPage(`<html><body><div role="main">${nested(3)}</div></body></html>`);
    expect(gmail.findComposeRoots(document)).toEqual([]);
    // Beside a compose whose hidden fields are not there yet, the compose is still found.
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    for (const el of Array.from(doc.querySelectorAll('input[name="draft"], input[name="subjectbox"], input[name="subject"]'))) el.remove();
    doc.body.insertAdjacentHTML('beforeend', nested(2));
    expect(only(doc).classList.contains('M9')).toBe(true);
  });

  it('keeps a compose whole when a stray Gmail-editable box sits elsewhere on the page', () => {
    // Climbing from the stray box, the first ancestor holding a draft id is the page itself:
    // taken as a compose, it would swallow the real one, and the score would leave it.
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    doc.body.insertAdjacentHTML('beforeend', nested(2));
    const root = only(doc);
    expect(root.classList.contains('M9')).toBe(true);
    expect(read(root).kind).not.toBe('unknown');
  });

  it('looks at most 30 levels up from the body for the draft id', () => {
    // Further up it would be the page, holding other composes' draft ids too.
    loadPage(`<html><body><div id="holder"><input type="hidden" name="draft" value="#msg-a:r-30">${nested(29)}</div></body></html>`);
    expect(gmail.findComposeRoots(document).map((r) => r.id)).toEqual(['holder']);
    loadPage(`<html><body><div id="holder"><input type="hidden" name="draft" value="#msg-a:r-31">${nested(30)}</div></body></html>`);
    expect(gmail.findComposeRoots(document)).toEqual([]);
  });
});

describe('Gmail: compose kinds', () => {
  it('calls a window with the pop-out body classes a pop-out even when the page has navigation', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const nav = doc.createElement('div');
    nav.setAttribute('role', 'navigation');
    doc.body.prepend(nav);
    expect(gmail.composeKind(only(doc))).toBe('popout');
  });

  it('does not call a floating compose a pop-out for one of the two pop-out body classes', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    doc.body.classList.add('xE');
    expect(gmail.composeKind(only(doc))).toBe('floating');
  });

  it('calls a reply in a conversation opened in its own window (no navigation) an inline reply', () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    doc.querySelector('[role="navigation"]')!.remove();
    const root = only(doc);
    expect(gmail.composeKind(root)).toBe('inline-reply');
    expect(gmail.setSubject(root, 'New thread')).toBe(false);
  });
});

describe('Gmail: PeopleKit recipients', () => {
  it('finds a recipient row by its name when its class changes, and says so', () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    for (const row of Array.from(doc.querySelectorAll('.anm'))) row.classList.remove('anm');
    const r = read(gmail.findComposeRoots(doc)[0]);
    expect(r.draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }, { address: 'priya.raman@northwind.example' }]);
    expect(r.draft.cc).toEqual([{ name: 'Tomás García', address: 'tomas.garcia@northwind.example' }, { address: 'talent@northwind.example' }]);
    expect(r.fallbacks).toEqual(expect.arrayContaining(['gmail.recipientRow.to', 'gmail.recipientRow.cc']));
  });

  it('skips an empty chip (one still loading) and reads a row without an entry box', () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    const row = root.querySelector('.anm[name="to"]')!;
    const empty = doc.createElement('div');
    empty.setAttribute('role', 'option');
    empty.setAttribute('data-hovercard-id', '');
    row.querySelector('[data-hovercard-id]')!.before(empty);
    row.querySelector('input[role="combobox"]')!.remove();
    expect(read(root).draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }, { address: 'priya.raman@northwind.example' }]);
  });

  it('reads no recipients from a compose without any recipient field', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const root = only(doc);
    for (const el of Array.from(root.querySelectorAll('[name="to"], [name="cc"]'))) el.remove();
    expect(read(root).draft).toMatchObject({ to: [], cc: [] });
  });
});

describe('Gmail: classic recipients', () => {
  const lena = '<div class="vR"><span class="vN" email="lena.schmidt@rei.example"><div class="vT">Lena</div><div class="vM" role="button"></div></span></div>';

  it('reads each field from its own row', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const root = only(doc);
    root.querySelector('textarea[name="cc"]')!.insertAdjacentHTML('beforebegin', lena);
    const r = read(root);
    expect(r.draft.to.map((p) => p.address)).toEqual(['hanako.yamada@rei.example', 'kenji.sato@rei.example', 'hr@rei.example']);
    expect(r.draft.cc).toEqual([{ name: 'Lena', address: 'lena.schmidt@rei.example' }]);
  });

  it('reads chips shown in another part of the row than the text box', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const root = only(doc);
    const cell = root.querySelector('textarea[name="to"]')!.closest('td')!;
    const elsewhere = doc.createElement('div');
    elsewhere.append(...Array.from(cell.querySelectorAll('.vR')));
    cell.append(elsewhere);
    expect(read(root).draft.to.map((p) => p.address)).toEqual(['hanako.yamada@rei.example', 'kenji.sato@rei.example', 'hr@rei.example']);
  });

  it('prefers the full "Name <address>" of the hidden input over the short name the chip shows', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const root = only(doc);
    root.querySelector('.vR .vT')!.textContent = '花子';
    expect(read(root).draft.to[0]).toEqual({ name: '山田 花子', address: 'hanako.yamada@rei.example' });
  });

  it('reads a chip with only an [email] span: the address from the attribute, the name from its text', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const root = only(doc);
    const area = root.querySelector('textarea[name="to"]')!;
    area.insertAdjacentHTML('beforebegin', lena.replace('<div class="vM" role="button"></div>', '<div class="vM" role="button">×</div>'));
    area.insertAdjacentHTML('beforebegin', '<div class="vR"></div>');
    expect(read(root).draft.to).toContainEqual({ name: 'Lena', address: 'lena.schmidt@rei.example' });
    expect(read(root).draft.to).toHaveLength(4);
  });

  it('finds a field that is no longer a textarea by its name, and says so', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const root = only(doc);
    const area = root.querySelector('textarea[name="to"]')!;
    const input = doc.createElement('input');
    input.name = 'to';
    input.setAttribute('role', 'combobox');
    input.value = 'hr@rei.example';
    area.replaceWith(input);
    const r = read(root);
    expect(r.draft.to.map((p) => p.address)).toEqual(['hanako.yamada@rei.example', 'kenji.sato@rei.example', 'hr@rei.example']);
    expect(r.fallbacks).toContain('gmail.classicField.to');
  });
});

describe('Gmail: subject, sender and draft id', () => {
  it('reads the thread subject of a reply that has no subject box', () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    const root = only(doc);
    root.querySelector('input[name="subjectbox"]')!.remove();
    const r = read(root);
    expect(r.draft.subject).toBe('Re: Product analyst interview');
    expect(r.subjectInput).toBeUndefined();
  });

  it('reads an empty subject when there is no thread subject either', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const root = only(doc);
    root.querySelector('input[type="hidden"][name="subject"]')!.remove();
    expect(read(root).draft.subject).toBe('');
  });

  it('reads a compose without the hidden sender field, with no sender', () => {
    const doc = loadFixture('gmail-fullscreen-de.html');
    const root = only(doc);
    root.querySelector('input[type="hidden"][name="from"]')!.remove();
    const r = read(root);
    expect(r.draft.from).toBeUndefined();
    expect(r.draft.to).toEqual([{ name: 'Jürgen Müller', address: 'juergen.mueller@beispiel.example' }]);
  });

  it('uses the draft id without surrounding spaces, and a generated id for a blank one', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const root = only(doc);
    const draft = root.querySelector<HTMLInputElement>('input[name="draft"]')!;
    draft.value = '  #msg-a:r-42 ';
    expect(gmail.composeId(root)).toBe('#msg-a:r-42');
    root.removeAttribute(COMPOSE_ID_ATTRIBUTE);
    draft.value = '   ';
    expect(gmail.composeId(root)).toMatch(/^afterview-gmail-/);
  });
});

describe('Gmail: the send shortcut', () => {
  let controller: AbortController | undefined;
  afterEach(() => controller?.abort());

  /** How many sends one keydown in the body reports (a fresh watch each time: sends close together count once). */
  function sends(init: KeyboardEventInit): number {
    controller?.abort();
    controller = new AbortController();
    const root = gmail.findComposeRoots(document)[0]!;
    let count = 0;
    gmail.watchCompose(root, { onEdit: () => {}, onSend: () => (count += 1), isTrusted: () => true }, controller.signal);
    gmail.bodyOf(root)!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    return count;
  }

  it('is Ctrl+Enter or Cmd+Enter, without Alt', () => {
    loadFixture('gmail-floating-peoplekit-en.html');
    expect(sends({ key: 'Enter', ctrlKey: true })).toBe(1);
    expect(sends({ key: 'Enter', metaKey: true })).toBe(1);
    expect(sends({ key: 'Enter' })).toBe(0);
    expect(sends({ key: 'Enter', ctrlKey: true, altKey: true })).toBe(0);
    expect(sends({ key: 'a', ctrlKey: true })).toBe(0);
    expect(sends({ key: 'a' })).toBe(0);
  });
});
