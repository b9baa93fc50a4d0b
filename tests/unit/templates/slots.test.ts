import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/core/guidelines';
import { BUILTIN_TEMPLATES, builtinTemplate } from '@/lib/core/templates/builtin';
import { renderForInsert, slotsOf } from '@/lib/dom/templates/insertion';
import { valuesFromNotes } from '@/lib/core/templates/placeholders';
import { asPhrase, blankMarker, dropSignatureNodes, withoutSignatureLines } from '@/lib/core/templates/slots';
import { PLACEHOLDER_NAMES } from '@/lib/core/templates/types';
import { harbourline, PANEL_AT } from './sample-notes';

describe('asPhrase: a note written as a sentence reads as a phrase mid-sentence', () => {
  it.each([
    ['The churn dashboard rebuild.', 'the churn dashboard rebuild'],
    ['slow weekly reporting', 'slow weekly reporting'],
    ['Their move to Kafka!', 'their move to Kafka'],
    ['Kafka migration.', 'Kafka migration'],
    ['SQL on the warehouse;', 'SQL on the warehouse'],
    ['A routing model I built at Fernway.', 'a routing model I built at Fernway'],
    ['What drives churn?', 'what drives churn?'],
    ['The', 'The'],
  ])('%j -> %j', (note, phrase) => expect(asPhrase(note)).toBe(phrase));

  it('is what valuesFromNotes gives for the note slots, and never for names', () => {
    const company = harbourline();
    company.name = 'The Harbourline Group.';
    for (const iv of company.interviews) iv.topics = ['The quarterly business reviews.'];
    const values = valuesFromNotes(company, {}, { now: new Date(new Date(PANEL_AT).getTime() + 3600_000) });
    expect(values.topic).toBe('the quarterly business reviews');
    expect(values.company).toBe('The Harbourline Group.');
  });
});

describe('blank markers', () => {
  it('are the slot’s label in square brackets', () => {
    expect(blankMarker('company')).toBe('[company]');
    expect(blankMarker('news')).toBe('[news since the interview]');
    expect(blankMarker('interviewer.firstName')).toBe('[interviewer’s first name]');
  });

  it('are each flagged by the placeholders check of the engine', () => {
    for (const name of PLACEHOLDER_NAMES) {
      const marker = blankMarker(name);
      const draft = { subject: 'Thank you', to: [], cc: [], bodyText: `Dear Dana,\n\nThank you for our talk about ${marker} on Tuesday.\n\nBest regards,\nSam` };
      const finding = checkDraft(draft, { now: new Date('2026-03-10T10:00:00Z') }, { kind: 'thank-you' }).findings.find((f) => f.rule === 'placeholders')!;
      expect(finding.status, marker).toBe('fail');
      expect(draft.bodyText.slice(finding.ranges[0]!.start, finding.ranges[0]!.end)).toBe(marker);
    }
  });
});

describe('signature lines', () => {
  it('are the trailing {{me.*}} lines of every built-in that signs with them; the sign-off word stays', () => {
    const t = builtinTemplate('thank-you-panel')!;
    const short = withoutSignatureLines(t.body)!;
    expect(short.endsWith('Kind regards,')).toBe(true);
    expect(short).not.toMatch(/me\./);
    for (const b of BUILTIN_TEMPLATES) expect(withoutSignatureLines(b.body), b.id).not.toBeNull();
    expect(withoutSignatureLines('Dear {{me.name}},\n\nHello.')).toBeNull();
    expect(withoutSignatureLines('{{me.name}}')).toBeNull();
  });

  it('are dropped from rich text with the breaks and empty blocks they leave', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<p>Dear Dana,</p><p>Thanks.</p><p>Best,<br>{{me.name}}<br>{{ me.phone }}</p><p>{{me.email}}</p>';
    expect(dropSignatureNodes(holder)).toBe(true);
    expect(holder.innerHTML).toBe('<p>Dear Dana,</p><p>Thanks.</p><p>Best,</p>');
    const plain = document.createElement('div');
    plain.innerHTML = '<p>Dear {{me.name}}, hello.</p>';
    expect(dropSignatureNodes(plain)).toBe(false);
    expect(plain.innerHTML).toBe('<p>Dear {{me.name}}, hello.</p>');
  });

  it('in rich text are whole lines: a placeholder ending a line of other words stays, however it is formatted', () => {
    const contact = document.createElement('div');
    contact.innerHTML = '<p>Thanks again.</p><p>Call me on <b>{{me.phone}}</b></p>';
    expect(dropSignatureNodes(contact)).toBe(false);
    expect(contact.innerHTML).toBe('<p>Thanks again.</p><p>Call me on <b>{{me.phone}}</b></p>');
    const formatted = document.createElement('div');
    formatted.innerHTML = '<div>Thanks again.</div><div>Best,<br><b>{{me.name}}</b><br><i>{{me.phone}}</i> {{me.email}}</div>';
    expect(dropSignatureNodes(formatted)).toBe(true);
    expect(formatted.innerHTML).toBe('<div>Thanks again.</div><div>Best,</div>');
  });
});

describe('renderForInsert', () => {
  const choice = { source: 'builtin' as const, template: builtinTemplate('update-new-achievement')! };

  it('lists every slot of a template in order, subject first', () => {
    expect(slotsOf(choice).slice(0, 3)).toEqual(['role', 'interviewer.firstName', 'news']);
  });

  it('marks each unfilled slot in the text and lists the markers', () => {
    const given = { 'interviewer.firstName': 'Dana', role: 'Product Analyst', topic: 'dashboards', company: 'Northwind', 'me.phone': '+1 555 0100' };
    const r = renderForInsert(choice, given, { markBlanks: true });
    expect(r.unfilled).toEqual(['news', 'me.name']);
    expect(r.blanks).toEqual(['[news since the interview]', '[your name]']);
    expect(r.text).toContain('relevant to the position: [news since the interview].');
    expect(r.text).not.toContain('{{');
    expect(r.text).toMatch(/Kind regards,\n\[your name\]\n\+1 555 0100$/);
    expect(r.withoutSignature!.text).toMatch(/Kind regards,$/);
    expect(r.withoutSignature!.html).not.toContain('[your name]');
    expect(r.html).toContain('[your name]');
  });

  it('leaves out a contact line of the signature that would show nothing, in both versions, so it is no blank', () => {
    const r = renderForInsert(
      choice,
      { 'interviewer.firstName': 'Dana', role: 'Product Analyst', news: 'a certification', topic: 'dashboards', company: 'Northwind', 'me.name': 'Sam' },
      { markBlanks: true },
    );
    expect(r.unfilled).toEqual([]);
    expect(r.blanks).toEqual([]);
    expect(r.text).toMatch(/Kind regards,\nSam$/);
    expect(r.html).not.toMatch(/your phone|your email|\{\{/);
    expect(r.withoutSignature!.text).toMatch(/Kind regards,$/);
    // The same in a user template's rich text, whatever the formatting of the line.
    const user = {
      source: 'user' as const,
      template: {
        id: 'u2',
        kind: 'thank-you' as const,
        title: 'Mine',
        subject: 'Thanks',
        bodyHtml: '<p>Hello.</p><p>Best,<br>{{me.name}}<br><i>{{me.phone}}</i><br>{{me.email}}</p>',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const u = renderForInsert({ ...user }, { 'me.name': 'Sam', 'me.email': 'sam@example.com' }, { markBlanks: true });
    expect(u.blanks).toEqual([]);
    expect(u.html).toBe('<p>Hello.</p><p>Best,<br>Sam<br>sam@example.com</p>');
    expect(u.withoutSignature!.html).toBe('<p>Hello.</p><p>Best,</p>');
  });

  it('leaves {{name}} without markBlanks', () => {
    const r = renderForInsert(choice, {});
    expect(r.blanks).toEqual([]);
    expect(r.text).toContain('{{news}}');
  });

  it('renders a user template without its signature lines too', () => {
    const user = {
      source: 'user' as const,
      template: {
        id: 'u1',
        kind: 'thank-you' as const,
        title: 'Mine',
        subject: 'Thanks, {{company}}',
        bodyHtml: '<p>Dear {{interviewer.firstName}},</p><p>Best,<br>{{me.name}}</p>',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const r = renderForInsert(user, { 'interviewer.firstName': 'Dana', 'me.name': 'Sam' }, { markBlanks: true });
    expect(r.subject).toBe('Thanks, [company]');
    expect(r.html).toBe('<p>Dear Dana,</p><p>Best,<br>Sam</p>');
    expect(r.withoutSignature!.html).toBe('<p>Dear Dana,</p><p>Best,</p>');
    // A phone number that ends a sentence is the letter's, not a signature: it goes in with the webmail's signature too.
    const contact = { source: 'user' as const, template: { ...user.template, bodyHtml: '<p>Dear {{interviewer.firstName}},</p><p>Call me on <b>{{me.phone}}</b></p>' } };
    const c = renderForInsert(contact, { 'interviewer.firstName': 'Dana', 'me.phone': '555 0100' }, { markBlanks: true });
    expect(c.withoutSignature).toBeUndefined();
    expect(c.text).toMatch(/Call me on 555 0100$/);
  });
});
