import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillNodes, fillTemplate, formatDate, interviewDay, pickInterviewer, splitName, toHtmlNodes, toPlainText, valuesFromNotes } from '@/lib/core/templates/placeholders';
import { daniel, followUpLog, graham, harbourline, meiLing, PANEL_AT, PHONE_SCREEN_AT, profile } from './sample-notes';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '</div><iframe srcdoc="<script>parent.x=1</script>">',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '&lt;b&gt;entity&lt;/b&gt;',
];

const tpl = {
  subject: 'Thanks, {{interviewer.firstName}} – {{role}}',
  body: 'Dear {{interviewer.firstName}},\n\nOn {{topic}} and {{ challenge }}.\nSecond line.\n\n\nBest regards,\n{{me.name}}',
};

describe('fillTemplate', () => {
  it('puts values in as text and keeps the pieces apart', () => {
    const f = fillTemplate(tpl, { 'interviewer.firstName': 'Mei-Ling', role: 'CSM', topic: 'QBRs', challenge: 'churn', 'me.name': 'Rafael' });
    expect(f.subject).toBe('Thanks, Mei-Ling – CSM');
    expect(f.text).toBe('Dear Mei-Ling,\n\nOn QBRs and churn.\nSecond line.\n\n\nBest regards,\nRafael');
    expect(f.unfilled).toEqual([]);
    expect(f.segments).toEqual([
      { text: 'Dear ' },
      { placeholder: 'interviewer.firstName', value: 'Mei-Ling' },
      { text: ',\n\nOn ' },
      { placeholder: 'topic', value: 'QBRs' },
      { text: ' and ' },
      { placeholder: 'challenge', value: 'churn' },
      { text: '.\nSecond line.\n\n\nBest regards,\n' },
      { placeholder: 'me.name', value: 'Rafael' },
    ]);
    expect(toPlainText(f)).toBe(f.text);
  });

  it('leaves unfilled placeholders visible as {{name}} and lists each once (subject first)', () => {
    const f = fillTemplate(tpl, { topic: '   ', challenge: 'churn' });
    expect(f.unfilled).toEqual(['interviewer.firstName', 'role', 'topic', 'me.name']);
    expect(f.subject).toBe('Thanks, {{interviewer.firstName}} – {{role}}');
    expect(f.text).toContain('On {{topic}} and churn.');
    expect(f.segments).toContainEqual({ placeholder: 'topic' });
  });

  it('treats unknown placeholders as unfilled and does not expand markers inside values', () => {
    const f = fillTemplate({ subject: '', body: '{{company}} {{nonsense}}' }, { company: '{{me.name}}', 'me.name': 'X' });
    expect(f.text).toBe('{{me.name}} {{nonsense}}');
    expect(f.unfilled).toEqual(['nonsense']);
  });

  it('makes a value one line and bounds its length', () => {
    const f = fillTemplate({ subject: '{{topic}}', body: '{{topic}}' }, { topic: 'a\nb\r\n\tc' });
    expect(f.subject).toBe('a b c');
    const long = fillTemplate({ subject: '', body: '{{topic}}' }, { topic: 'x'.repeat(5000) });
    expect(long.text.length).toBeLessThanOrEqual(500);
  });

  it('does not take inherited properties for values', () => {
    const f = fillTemplate({ subject: '', body: '{{constructor}} {{toString}} {{__proto__}}' }, {});
    expect(f.unfilled).toEqual(['constructor', 'toString', '__proto__']);
  });
});

describe('toHtmlNodes: note values never become markup', () => {
  it('builds paragraphs and line breaks with DOM nodes', () => {
    const f = fillTemplate(tpl, { 'interviewer.firstName': 'Ana', role: 'CSM', topic: 'QBRs', challenge: 'churn', 'me.name': 'Rafael' });
    const host = document.createElement('div');
    host.append(toHtmlNodes(document, f));
    expect([...host.children].map((c) => c.tagName)).toEqual(['DIV', 'DIV', 'DIV', 'DIV', 'DIV']);
    expect(host.children[1]!.childNodes.length).toBe(1);
    expect(host.children[1]!.firstElementChild!.tagName).toBe('BR');
    expect(host.children[2]!.textContent).toBe('On QBRs and churn.Second line.');
    expect(host.children[2]!.querySelectorAll('br').length).toBe(1);
    const ps = document.createElement('div');
    ps.append(toHtmlNodes(document, f, { block: 'p' }));
    expect([...ps.children].map((c) => c.tagName)).toEqual(['P', 'P', 'P']);
    expect(ps.children[2]!.textContent).toBe('Best regards,Rafael');
  });

  for (const payload of HOSTILE) {
    it(`keeps ${JSON.stringify(payload)} as literal text`, () => {
      const f = fillTemplate(tpl, { 'interviewer.firstName': payload, topic: payload, challenge: payload, role: payload, 'me.name': payload });
      const host = document.createElement('div');
      host.append(toHtmlNodes(document, f, { markUnfilled: true }));
      expect(host.querySelectorAll('img, script, svg, iframe, a').length).toBe(0);
      const allowed = new Set(['DIV', 'BR', 'MARK']);
      for (const el of host.querySelectorAll('*')) expect(allowed.has(el.tagName), el.tagName).toBe(true);
      expect(host.textContent).toContain(payload.replace(/\s+/g, ' '));
    });
  }

  it('holds for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const f = fillTemplate({ subject: '{{company}}', body: 'Hi {{interviewer.firstName}},\n\n{{topic}}' }, { 'interviewer.firstName': a, topic: b });
        const host = document.createElement('div');
        host.append(toHtmlNodes(document, f));
        for (const el of host.querySelectorAll('*')) if (el.tagName !== 'DIV' && el.tagName !== 'BR') return false;
        return host.textContent === f.text.replace(/\n/g, '');
      }),
      { numRuns: 200 },
    );
  });

  it('marks unfilled placeholders only when asked', () => {
    const f = fillTemplate({ subject: '', body: 'About {{topic}}.' }, {});
    const plain = document.createElement('div');
    plain.append(toHtmlNodes(document, f));
    expect(plain.querySelector('mark')).toBeNull();
    expect(plain.textContent).toBe('About {{topic}}.');
    const marked = document.createElement('div');
    marked.append(toHtmlNodes(document, f, { markUnfilled: true }));
    expect(marked.querySelector('mark')?.getAttribute('data-placeholder')).toBe('topic');
  });
});

describe('fillNodes: placeholders inside rich text', () => {
  it('fills text nodes in place, as text, and reports the rest', () => {
    const root = document.createElement('div');
    const b = document.createElement('b');
    b.append('{{company}}');
    root.append('Dear {{interviewer.firstName}}, ', b, ' {{topic}}');
    const { unfilled } = fillNodes(root, { 'interviewer.firstName': '<img src=x onerror=alert(1)>', company: 'Harbourline' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('Dear <img src=x onerror=alert(1)>, Harbourline {{topic}}');
    expect(root.querySelector('b')!.textContent).toBe('Harbourline');
    expect(unfilled).toEqual(['topic']);
  });
});

describe('the day of the interview', () => {
  const tz = 'America/Los_Angeles';
  it('is the weekday within the past six days, counted in calendar days of the time zone', () => {
    // 10 March 2026, 14:00 UTC is a Tuesday morning in California.
    expect(interviewDay(PANEL_AT, new Date('2026-03-10T20:00:00Z'), tz)).toBe('Tuesday');
    expect(interviewDay(PANEL_AT, new Date('2026-03-11T17:00:00Z'), tz)).toBe('Tuesday');
    expect(interviewDay(PANEL_AT, new Date('2026-03-17T06:59:00Z'), tz)).toBe('Tuesday'); // still Monday 16th in California
    expect(interviewDay(PANEL_AT, new Date('2026-03-17T18:00:00Z'), tz)).toBe('10 March'); // a week later: the date
  });

  it('depends on the time zone near midnight', () => {
    const at = '2026-03-10T23:30:00Z'; // Tuesday in London, Tuesday afternoon in California; Wednesday in Tokyo
    expect(interviewDay(at, new Date('2026-03-11T12:00:00Z'), 'Asia/Tokyo')).toBe('Wednesday');
    expect(interviewDay(at, new Date('2026-03-11T12:00:00Z'), tz)).toBe('Tuesday');
  });

  it('is undefined for a missing, bad or future date', () => {
    expect(interviewDay(undefined, new Date(), tz)).toBeUndefined();
    expect(interviewDay('not a date', new Date(), tz)).toBeUndefined();
    expect(interviewDay('2026-03-20T10:00:00Z', new Date('2026-03-10T10:00:00Z'), tz)).toBeUndefined();
  });

  it('formats dates as day and month, with the year when it differs; bare dates stay on their day', () => {
    expect(formatDate('2026-03-20', new Date('2026-03-23T10:00:00Z'), 'Pacific/Honolulu')).toBe('20 March');
    expect(formatDate('2026-03-20', new Date('2026-03-23T10:00:00Z'), 'Asia/Tokyo')).toBe('20 March');
    expect(formatDate('2025-12-30T10:00:00Z', new Date('2026-01-05T10:00:00Z'), 'UTC')).toBe('30 December 2025');
  });
});

describe('which interviewer a letter is for', () => {
  const company = harbourline();
  const now = new Date(new Date(PANEL_AT).getTime() + 20 * 3600_000);
  const opts = (over: object = {}) => ({ now, timeZone: 'America/Los_Angeles', ...over });

  it('matches the recipient address, in any case, among every interviewer of the company', () => {
    expect(valuesFromNotes(company, profile, opts({ recipients: ['G.Whitfield@Harbourline.Health'] }))['interviewer.name']).toBe('Graham Whitfield');
    expect(valuesFromNotes(company, profile, opts({ recipients: [{ name: 'Someone', address: 'x@y.z' }, { address: meiLing.email! }] }))['interviewer.firstName']).toBe('Mei-Ling');
  });

  it('falls back to the lead, and an explicit choice wins', () => {
    expect(valuesFromNotes(company, profile, opts({ recipients: ['careers@harbourline.health'] }))['interviewer.name']).toBe('Daniel Reyes');
    expect(valuesFromNotes(company, profile, opts({ interviewerId: graham.id, recipients: [daniel.email!] }))['interviewer.title']).toBe('VP of Customer Experience');
    expect(pickInterviewer([meiLing], undefined, {})).toBeUndefined();
    expect(pickInterviewer([meiLing], { ...company.interviews[1]!, interviewers: [meiLing] }, {})).toBe(meiLing);
  });

  it('splits names and leaves courtesy titles out', () => {
    expect(splitName('Dr. Ana María de la Cruz')).toEqual({ first: 'Ana', last: 'María de la Cruz' });
    expect(splitName('Cher')).toEqual({ first: 'Cher', last: undefined });
    expect(splitName('  ')).toEqual({});
  });

  it('fills every placeholder from full notes, from the interview before now', () => {
    const v = valuesFromNotes(harbourline({ followUps: [followUpLog] }), profile, opts({ now: new Date('2026-03-31T16:00:00Z'), recipients: [graham.email!] }));
    expect(v).toEqual({
      'interviewer.firstName': 'Graham',
      'interviewer.lastName': 'Whitfield',
      'interviewer.name': 'Graham Whitfield',
      'interviewer.title': 'VP of Customer Experience',
      company: 'Harbourline',
      role: 'Customer Success Manager',
      topic: 'the new onboarding playbook for clinics',
      topic2: 'quarterly business reviews',
      challenge: 'reducing churn among small practices',
      wish: 'my experience training support staff in Spanish and English',
      idea: 'an article on health scores for customer success teams',
      news: 'I completed the Gainsight Administrator certification last week',
      'me.name': 'Rafael Moreno',
      'me.phone': '+1 415 555 0142',
      'me.email': 'rafael.moreno@example.com',
      'interview.day': '10 March',
      'interview.date': '10 March',
      decisionDate: '20 March',
      'lastFollowUp.date': '23 March',
    });
    // Before the panel, the phone screen is the interview meant.
    const early = valuesFromNotes(company, profile, opts({ now: new Date('2026-03-04T18:00:00Z') }));
    expect(early.topic).toBe('renewal forecasting for hospital clients');
    expect(early['interview.day']).toBe('Tuesday');
    expect(early.decisionDate).toBeUndefined();
    expect(new Date(PHONE_SCREEN_AT).getUTCDay()).toBe(2);
  });

  it('gives nothing it does not know', () => {
    expect(valuesFromNotes(undefined, undefined, { now: new Date() })).toEqual({});
    expect(valuesFromNotes(harbourline({ interviews: [] }), {}, { now: new Date() })).toEqual({ company: 'Harbourline', role: 'Customer Success Manager' });
  });
});
