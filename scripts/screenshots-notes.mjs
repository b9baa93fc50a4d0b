#!/usr/bin/env node
// Screenshots of the popup and the notes page for the README (needs `npm run build`).
// Usage: node scripts/screenshots-notes.mjs  → docs/screenshots/popup.png, notes-page.png
import fs from 'node:fs';
import { launchChromiumOn, makeProfileDir } from '../tests/e2e/support/notes.mjs';

const profile = makeProfileDir();
const browser = await launchChromiumOn(profile);
try {
  const page = await browser.ctx.newPage();
  await page.goto(browser.url('notes.html'));
  const day = (d, h = 15) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 11) + `${h}:00:00.000Z`;
  // Functions cannot cross into the page: build the dates here instead.
  await page.evaluate(`(${seed.toString()})(${JSON.stringify({ d1: day(1), d6: day(-6), d12: day(12), d3: day(-3), d11: day(11), d20: day(20), d20e: day(20, 20), d9: day(9) })})`);
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.reload();
  await page.getByRole('button', { name: /Lumen Freight/ }).click();
  await page.getByLabel('Challenges the team faces').waitFor();
  await page.screenshot({ path: 'docs/screenshots/notes-page.png' });

  const popup = await browser.ctx.newPage();
  await popup.setViewportSize({ width: 340, height: 610 });
  await popup.goto(browser.url('popup.html'));
  await popup.getByLabel('Company').fill('Lumen Freight');
  await popup.getByLabel('Interviewer').fill('Priya Raman');
  await popup.getByLabel("What I wish I'd said").check();
  await popup.getByLabel('Note', { exact: true }).fill('Mention the Kafka consumer lag work in the thank-you');
  await popup.screenshot({ path: 'docs/screenshots/popup.png' });
  console.log('wrote docs/screenshots/popup.png and docs/screenshots/notes-page.png');
} finally {
  await browser.ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

function seed(d) {
  const person = (id, name, title, email, extra = {}) => ({ id, name, title, email, ...extra });
  const empty = { topics: [], challenges: [], wishISaid: [], ideas: [], news: [] };
  const now = new Date().toISOString();
  const companies = [
    {
      id: 'c-lumen',
      name: 'Lumen Freight',
      domains: ['lumenfreight.io'],
      role: 'Backend Engineer',
      stage: 'interviewing',
      notes: 'Referred by Dana from the Rust meetup. Team of 6, hybrid in Lisbon.',
      interviews: [
        {
          id: 'i-1',
          at: d.d1,
          format: 'video',
          decisionDate: d.d6.slice(0, 10),
          interviewers: [
            person('p-1', 'Priya Raman', 'Engineering Manager', 'priya@lumenfreight.io', { lead: true }),
            person('p-2', 'Tomás Ibarra', 'VP Engineering', 'tomas@lumenfreight.io', { mostSenior: true }),
          ],
          topics: ['Route planning service rewrite', 'On-call rotation'],
          challenges: ['Nightly batch jobs run past 6 a.m.'],
          wishISaid: ['How I cut our Kafka consumer lag by 80%'],
          ideas: ['https://example.org/batch-tuning'],
          news: [],
        },
      ],
      followUps: [],
      updatedAt: now,
    },
    {
      id: 'c-north',
      name: 'Northwind Health',
      domains: ['northwind.health'],
      role: 'Platform Engineer',
      stage: 'interviewing',
      interviews: [
        {
          id: 'i-2',
          at: d.d12,
          format: 'onsite',
          decisionDate: d.d3.slice(0, 10),
          interviewers: [person('p-3', 'Ana Diaz', 'Director of Platform', 'ana@northwind.health', { lead: true })],
          ...empty,
          topics: ['HIPAA audits'],
        },
      ],
      followUps: [{ id: 'f-1', kind: 'thank-you', sentAt: d.d11, to: ['ana@northwind.health'], subject: 'Thank you for Tuesday', bodyText: 'Dear Ana, thank you…' }],
      updatedAt: now,
    },
    { id: 'c-quartz', name: 'Quartz Labs', domains: ['quartzlabs.dev'], role: 'Staff Engineer', stage: 'offer', interviews: [], followUps: [], updatedAt: now },
    {
      id: 'c-cedar',
      name: 'Cedar Bank',
      domains: ['cedarbank.com'],
      role: 'SRE',
      stage: 'interviewing',
      interviews: [{ id: 'i-3', at: d.d20, format: 'phone', interviewers: [], ...empty }],
      followUps: [
        { id: 'f-2', kind: 'thank-you', sentAt: d.d20e, to: [], subject: 'Thanks', bodyText: '' },
        { id: 'f-3', kind: 'follow-up', sentAt: d.d9, to: [], subject: 'Following up', bodyText: '' },
      ],
      updatedAt: now,
    },
  ];
  return chrome.storage.local.set({
    ...Object.fromEntries(companies.map((c) => [`company:${c.id}`, { rev: 1, record: c }])),
    profile: { name: 'Sam Lee', email: 'sam.lee@example.org', phone: '+1 555 0100' },
    reminders: { enabled: true, mutedCompanies: [], snoozed: {}, fired: {} },
    backup: { lastExportAt: now },
  });
}
