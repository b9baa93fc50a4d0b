import { describe, expect, it } from 'vitest';
import { outlook } from '@/lib/dom/webmail/outlook';
import { COMPOSE_ID_ATTRIBUTE } from '@/lib/dom/webmail/types';
import { loadFixture, readOk } from './helpers';

const read = (root: HTMLElement | undefined) => readOk(outlook, root);

describe('Outlook: reply in the reading pane', () => {
  it('finds the compose, not the message it answers', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const roots = outlook.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.id).toBe('docking_InitVisiblePart_0');
    expect(outlook.composeKind(roots[0]!)).toBe('reading-pane');
  });

  it('reads chips with "Name <address>", an address only, and a name only', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const r = read(outlook.findComposeRoots(doc)[0]);
    expect(r.draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }]);
    expect(r.draft.cc).toEqual([{ address: 'priya.raman@northwind.example' }, { name: 'Tomás García', address: '' }]);
    expect(r.draft.subject).toBe('RE: Product analyst interview');
  });

  it('cuts the reply history at #appendonsend, keeps the signature, drops Grammarly', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const r = read(outlook.findComposeRoots(doc)[0]);
    expect(r.draft.bodyText).toBe('Hi Dana,\n\nHere is the sample, as promised. It shows the weekly retention view we discussed.\n\nBest,\nSam Taylor');
    expect(r.draft.bodyHtml).not.toMatch(/divRplyFwdMsg|appendonsend|<hr|From:|grammarly/);
    expect(r.draft.bodyHtml).toContain('id="Signature"');
  });

  it('cuts at the "From:" header block when the #appendonsend marker is missing', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    doc.getElementById('appendonsend')!.remove();
    const r = read(outlook.findComposeRoots(doc)[0]);
    expect(r.draft.bodyText).toBe('Hi Dana,\n\nHere is the sample, as promised. It shows the weekly retention view we discussed.\n\nBest,\nSam Taylor');
    expect(r.draft.bodyHtml).not.toMatch(/<hr|From:/);
  });

  it('finds Send by its test id, and the subject as the last text input', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const root = outlook.findComposeRoots(doc)[0]!;
    expect(outlook.sendButtonOf(root)?.getAttribute('data-testid')).toBe('ComposeSendButton');
    expect(outlook.subjectOf(root)?.value).toBe('RE: Product analyst interview');
  });

  it('stores a generated id on the root and keeps it', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const root = outlook.findComposeRoots(doc)[0]!;
    const id = read(root).id;
    expect(id).toMatch(/^afterview-outlook-/);
    expect(root.getAttribute(COMPOSE_ID_ATTRIBUTE)).toBe(id);
    expect(read(root).id).toBe(id);
  });

  it('fails closed when the body is missing', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    const root = outlook.findComposeRoots(doc)[0]!;
    root.querySelector('[aria-multiline="true"]')!.remove();
    expect(outlook.findComposeRoots(doc)).toEqual([root]);
    const result = outlook.readCompose(root);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/layout not recognised/);
  });

  it('finds the compose from its body when the docking id changes', () => {
    const doc = loadFixture('outlook-reading-pane-reply-en.html');
    doc.getElementById('docking_InitVisiblePart_0')!.id = 'docking_renamed';
    const roots = outlook.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.querySelector('[data-testid="ComposeSendButton"]')).not.toBeNull();
    expect(read(roots[0]).draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }]);
  });

  it('ignores a docking container that holds no editor yet', () => {
    const doc = loadFixture('outlook-reading-pane-new-es.html');
    const empty = doc.createElement('div');
    empty.id = 'docking_InitVisiblePart_1';
    doc.querySelector('[role="main"]')!.append(empty);
    expect(outlook.findComposeRoots(doc)).toHaveLength(1);
  });
});

describe('Outlook: translated interfaces', () => {
  it('reads the German pop-out, chips rendered beside the well, address from a chip title', () => {
    const doc = loadFixture('outlook-popout-de.html');
    const roots = outlook.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    const r = read(roots[0]);
    expect(r.kind).toBe('popout');
    expect(r.draft.to).toEqual([
      { name: 'Jürgen Müller', address: 'juergen.mueller@beispiel.example' },
      { name: 'Lena Schmidt', address: 'lena.schmidt@beispiel.example' },
    ]);
    expect(r.draft.cc).toEqual([]);
    expect(r.draft.subject).toBe('Vielen Dank für das Gespräch');
    expect(r.draft.bodyText).toBe('Sehr geehrter Herr Müller,\n\nvielen Dank für das Gespräch am Montag.\n\nMit freundlichen Grüßen\nSam Taylor');
    expect(outlook.sendButtonOf(roots[0]!)?.textContent).toBe('Senden');
    expect(r.fallbacks).toEqual([]);
  });

  it('reads the Spanish new message: typed address, empty CC, CCO not taken for Cc', () => {
    const doc = loadFixture('outlook-reading-pane-new-es.html');
    const r = read(outlook.findComposeRoots(doc)[0]);
    expect(r.kind).toBe('reading-pane');
    expect(r.draft.to).toEqual([{ address: 'lucia.fernandez@ejemplo.example' }, { address: 'rrhh@ejemplo.example' }]);
    expect(r.draft.cc).toEqual([]);
    expect(r.draft.subject).toBe('Gracias por la entrevista');
    expect(r.draft.bodyText).toBe('Estimada Lucía:\n\nMuchas gracias por la entrevista de ayer.\n\nSaludos cordiales,\nSam');
  });

  it('does not take a lone Bcc ("CCO") well for Cc', () => {
    const doc = loadFixture('outlook-reading-pane-new-es.html');
    doc.querySelector('[aria-label="CC"][contenteditable]')!.closest('.row')!.remove();
    expect(read(outlook.findComposeRoots(doc)[0]).draft.cc).toEqual([]);
  });

  it('writes the subject through the input value setter and events', () => {
    const doc = loadFixture('outlook-reading-pane-new-es.html');
    const root = outlook.findComposeRoots(doc)[0]!;
    let seen = '';
    outlook.subjectOf(root)!.addEventListener('input', (e) => (seen = (e.target as HTMLInputElement).value));
    expect(outlook.setSubject(root, 'Gracias')).toBe(true);
    expect(seen).toBe('Gracias');
  });
});
