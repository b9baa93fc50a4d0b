// What the notes-typing suites type and expect, shared by Chromium and Firefox.

/** A company as the popup would have saved it, with one interview and no notes yet. */
export const TYPING_COMPANY = {
  id: 'c-typing',
  name: 'Harbor Health',
  domains: [],
  stage: 'interviewing',
  interviews: [{ id: 'i-t', at: '2026-03-04T15:00:00.000Z', interviewers: [], topics: [], challenges: [], wishISaid: [], ideas: [], news: [] }],
  followUps: [],
  updatedAt: '2026-03-04T16:00:00.000Z',
};

/** Milliseconds between keys: a fast human typist. */
export const KEY_DELAY_MS = 40;

export const TYPED = {
  role: 'Staff Backend Engineer',
  // Typed right after Tab, while the role is being saved.
  domains: 'harborhealth.example',
  // A word cut off: the tab is closed before the pause after which a save starts.
  notes: 'Ask about the on-call rot',
  profileName: 'Sam Taylor',
};
