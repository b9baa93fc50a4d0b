import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from '@/lib/dom/webmail/gmail';
import { COMPOSE_ID_ATTRIBUTE } from '@/lib/dom/webmail/types';
import { loadFixture, readOk } from './helpers';

const read = (root: HTMLElement | undefined) => readOk(gmail, root);

describe('Gmail: the real 2020 capture (classic recipients, empty compose)', () => {
  let doc: Document;
  beforeEach(() => {
    doc = loadFixture('gmail-compose-new-message-2020-en.html');
  });

  it('finds the one compose and reads it', () => {
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.classList.contains('M9')).toBe(true);
    const r = read(roots[0]);
    expect(r.id).toBe('#msg-a:r-7673660351152959857');
    expect(r.kind).toBe('floating');
    expect(r.draft).toMatchObject({ subject: '', to: [], cc: [], bodyText: '' });
    expect(r.draft.from).toBeUndefined();
    expect(r.body.getAttribute('g_editable')).toBe('true');
    expect(r.subjectInput?.name).toBe('subjectbox');
    expect(r.fallbacks).toEqual([]);
  });

  it('finds Send, not the "more send options" arrow', () => {
    const send = gmail.sendButtonOf(gmail.findComposeRoots(doc)[0]!);
    expect(send?.id).toBe(':79');
    expect(send?.getAttribute('aria-haspopup')).toBeNull();
  });

  it('never picks the hidden textarea that shares the body aria-label', () => {
    const root = gmail.findComposeRoots(doc)[0]!;
    expect(gmail.bodyOf(root)?.tagName).toBe('DIV');
  });

  it('reads what the user typed in the classic To field', () => {
    const root = gmail.findComposeRoots(doc)[0]!;
    root.querySelector<HTMLTextAreaElement>('textarea[name="to"]')!.value = 'Dana Reyes <dana@northwind.example>, priya@northwind.example';
    expect(read(root).draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana@northwind.example' }, { address: 'priya@northwind.example' }]);
  });

  it('fails closed when the body is missing, without throwing', () => {
    const root = gmail.findComposeRoots(doc)[0]!;
    root.querySelector('[g_editable]')!.remove();
    root.querySelector('.editable')?.remove();
    const result = gmail.readCompose(root);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/layout not recognised/);
    expect(gmail.composeKind(root)).toBe('floating');
  });

  it('fails closed for a compose no longer in the page', () => {
    const root = gmail.findComposeRoots(doc)[0]!;
    root.remove();
    expect(gmail.readCompose(root)).toEqual({ ok: false, reason: expect.stringMatching(/no longer/) });
  });

  it('still finds the compose from its body when the root class changes', () => {
    doc.querySelector('.M9')!.classList.remove('M9');
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.querySelector('input[name="draft"]')).not.toBeNull();
    expect(read(roots[0]).id).toBe('#msg-a:r-7673660351152959857');
  });

  it('falls back to the plain class of the body and says so', () => {
    doc.querySelector('[g_editable]')!.removeAttribute('g_editable');
    const r = read(gmail.findComposeRoots(doc)[0]);
    expect(r.body.id).toBe(':8o');
    expect(r.fallbacks).toContain('gmail.body');
  });

  it('keeps a generated id on a compose without a draft id, and keeps it once the draft id appears', () => {
    const root = gmail.findComposeRoots(doc)[0]!;
    const draft = root.querySelector<HTMLInputElement>('input[name="draft"]')!;
    draft.value = '';
    const first = read(root).id;
    expect(first).toMatch(/^afterview-gmail-/);
    expect(root.getAttribute(COMPOSE_ID_ATTRIBUTE)).toBe(first);
    draft.value = '#msg-a:r-1';
    expect(read(root).id).toBe(first);
    expect(gmail.composeId(root)).toBe(first);
  });

  it('writes the subject the way typing does', () => {
    const root = gmail.findComposeRoots(doc)[0]!;
    const events: string[] = [];
    const input = gmail.subjectOf(root)!;
    input.addEventListener('input', () => events.push('input'));
    input.addEventListener('change', () => events.push('change'));
    expect(gmail.setSubject(root, 'Thank you for today')).toBe(true);
    expect(input.value).toBe('Thank you for today');
    expect(events).toEqual(['input', 'change']);
    expect(read(root).draft.subject).toBe('Thank you for today');
  });
});

describe('Gmail: floating composes with PeopleKit chips', () => {
  let doc: Document;
  beforeEach(() => {
    doc = loadFixture('gmail-floating-peoplekit-en.html');
  });

  it('finds both composes and nothing in the inbox list', () => {
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(2);
    expect(roots.map((r) => gmail.composeKind(r))).toEqual(['floating', 'minimised']);
  });

  it('reads named and address-only chips, and an address typed but not yet a chip', () => {
    const r = read(gmail.findComposeRoots(doc)[0]);
    expect(r.draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }, { address: 'priya.raman@northwind.example' }]);
    expect(r.draft.cc).toEqual([{ name: 'Tomás García', address: 'tomas.garcia@northwind.example' }, { address: 'talent@northwind.example' }]);
    expect(r.draft.from).toEqual({ name: 'Sam Taylor', address: 'sam.taylor@example.com' });
    expect(r.draft.subject).toBe('Thank you — product analyst interview');
  });

  it('reads the body as the user sees it, without our UI or Grammarly, signature included', () => {
    const r = read(gmail.findComposeRoots(doc)[0]);
    expect(r.draft.bodyText).toBe(
      'Hi Dana,\n\nThank you for taking the time to meet with me today.  I enjoyed hearing how your team moved the reporting pipeline to Kafka.\n\n' +
        'I look forward to hearing about the next steps.\n\nBest regards,\nSam\n\n--\nSam Taylor\n+1 555 0100',
    );
    expect(r.draft.bodyHtml).not.toMatch(/grammarly|data-afterview-ui/);
    expect(r.draft.bodyHtml).toContain('gmail_signature');
    expect(r.id).toBe('#msg-a:r-1184467290031552701');
  });

  it('reads the minimised compose too', () => {
    const r = read(gmail.findComposeRoots(doc)[1]);
    expect(r.kind).toBe('minimised');
    expect(r.id).toBe('#msg-a:r-5520938412207761930');
    expect(r.draft.to).toEqual([{ name: 'Lumen Recruiting', address: 'recruiting@lumen.example' }]);
    expect(r.draft.bodyText).toBe('Hello,\n\nI wanted to follow up on my application.');
  });

  it('tells which compose has the focus', () => {
    const [first, second] = gmail.findComposeRoots(doc);
    expect(gmail.focusedRoot(doc)).toBeNull();
    gmail.bodyOf(second!)!.focus();
    expect(gmail.focusedRoot(doc)).toBe(second);
    gmail.subjectOf(first!)!.focus();
    expect(gmail.focusedRoot(doc)).toBe(first);
  });
});

describe('Gmail: inline reply', () => {
  it('reads the reply without the quoted history and keeps the thread subject', () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    const r = read(roots[0]);
    expect(r.kind).toBe('inline-reply');
    expect(r.id).toBe('#msg-a:r-3307715164425511839');
    expect(r.draft.subject).toBe('Re: Product analyst interview');
    expect(r.draft.to).toEqual([{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }]);
    expect(r.draft.bodyText).toBe('Hi Dana,\n\nHere is the sample, as promised. The parts I would point to:\nthe weekly retention view\n\nBest,\nSam');
    expect(r.draft.bodyHtml).not.toMatch(/gmail_quote|gmail_attr|wrote:/);
    expect(r.draft.bodyHtml).toContain('border:none');
  });

  it('refuses to change the subject of an inline reply', () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    expect(gmail.setSubject(root, 'New thread')).toBe(false);
    expect(gmail.subjectOf(root)!.value).toBe('Re: Product analyst interview');
  });

  it('still calls it an inline reply when the message container class changes', () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    doc.querySelector('.ip')!.className = 'x-renamed';
    expect(gmail.composeKind(gmail.findComposeRoots(doc)[0]!)).toBe('inline-reply');
  });
});

describe('Gmail: translated interfaces', () => {
  it('reads the German full-screen compose', () => {
    const doc = loadFixture('gmail-fullscreen-de.html');
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    const r = read(roots[0]);
    expect(r.kind).toBe('fullscreen');
    expect(r.draft).toMatchObject({
      subject: 'Vielen Dank für das Gespräch',
      from: { address: 'sam.taylor@example.com' },
      to: [{ name: 'Jürgen Müller', address: 'juergen.mueller@beispiel.example' }],
      cc: [{ name: 'Lena Schmidt', address: 'lena.schmidt@beispiel.example' }],
    });
    expect(r.draft.bodyText).toBe(
      'Sehr geehrter Herr Müller,\n\nvielen Dank für das freundliche Gespräch am Montag. Besonders die Einblicke in Ihr Datenteam haben mich überzeugt.\n\nMit freundlichen Grüßen\n\n--\nSam Taylor',
    );
    expect(gmail.sendButtonOf(roots[0]!)?.textContent).toBe('Senden');
    expect(r.fallbacks).toEqual([]);
  });

  it('reads the Japanese pop-out with classic chips', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(1);
    const r = read(roots[0]);
    expect(r.kind).toBe('popout');
    expect(r.draft.subject).toBe('面接のお礼');
    expect(r.draft.to).toEqual([{ name: '山田 花子', address: 'hanako.yamada@rei.example' }, { address: 'kenji.sato@rei.example' }, { address: 'hr@rei.example' }]);
    expect(r.draft.bodyText).toBe('山田様\n\n本日はお忙しい中、面接の機会をいただきありがとうございました。\n\nサム・テイラー');
    expect(gmail.sendButtonOf(roots[0]!)?.textContent).toBe('送信');
  });

  it('still tells a pop-out from its layout when the body classes change', () => {
    const doc = loadFixture('gmail-popout-ja.html');
    doc.body.className = '';
    expect(gmail.composeKind(gmail.findComposeRoots(doc)[0]!)).toBe('popout');
  });
});
