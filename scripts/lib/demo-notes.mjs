// Sample notes for the demo mailbox's company (Bramblewood Analytics: Dana, Marcus and Jordan
// write from bramblewood.example), so that on `npm start` the name checks know who was met and
// the templates fill in names, topics and dates. Dates are relative to `now`: the interview was
// yesterday, as the demo drafts say.

const DAY = 86_400_000;
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

/** storage.local items (a company record and the profile), as the extension stores them. */
export function demoNoteItems(now = new Date()) {
  const t = now.getTime();
  const interviewAt = new Date(t - DAY);
  interviewAt.setHours(14, 0, 0, 0);
  const record = {
    id: 'c-demo-bramblewood',
    name: 'Bramblewood Analytics',
    domains: ['bramblewood.example'],
    role: 'Data Analyst',
    stage: 'interviewing',
    notes: 'Panel interview on site. They want someone who can own the weekly supply reports.',
    interviews: [
      {
        id: 'i-demo-panel',
        at: interviewAt.toISOString(),
        format: 'onsite',
        // "We will be in touch by the end of next week."
        decisionDate: isoDay(t + 9 * DAY),
        interviewers: [
          { id: 'p-demo-dana', name: 'Dana Whitfield', title: 'Analytics Manager', email: 'dana.whitfield@bramblewood.example', lead: true },
          { id: 'p-demo-marcus', name: 'Marcus Oyelaran', title: 'Head of Data', email: 'marcus.oyelaran@bramblewood.example', mostSenior: true },
          { id: 'p-demo-jordan', name: 'Jordan Ellery', title: 'Recruiter', email: 'jordan.ellery@bramblewood.example' },
        ],
        topics: ['my stock-out forecast', 'late supplier data'],
        challenges: ['Supplier files arrive late and break the weekly forecast'],
        wishISaid: ['How I set up checks that caught broken feeds before they reached client reports'],
        ideas: ['A short write-up on forecasting with late-arriving data'],
        news: [],
      },
    ],
    followUps: [],
    updatedAt: now.toISOString(),
  };
  return {
    [`company:${record.id}`]: { rev: 1, record },
    profile: { name: 'Alex Morgan', phone: '+1 555 0137', email: 'alex.morgan@example.com' },
  };
}
