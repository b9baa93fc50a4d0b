/**
 * The templates part of the sidebar as signals: which templates fit the draft, the values
 * the notes give for their placeholders, what the user typed for the missing ones, and the
 * preview. Values always go in as text; HTML is built as nodes and sanitised again in the
 * page before it is inserted.
 */
import { computed, signal } from '@preact/signals';
import type { Kind } from '@/lib/core/guidelines/types';
import { findCompanyForRecipients } from '@/lib/core/notes/records';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import { BUILTIN_TEMPLATES } from '@/lib/core/templates/builtin';
import { asFilled, dropEmptyContacts, renderForInsert, slotsOf, type TemplateChoice } from '@/lib/dom/templates/insertion';
import { applyProfileEdits, applySlotEdits, changesRecord, needsCompany, noteHomeOf } from '@/lib/core/templates/note-fields';
import { cleanValue, fillNodes, fillTemplate, splitName, valuesFromNotes } from '@/lib/core/templates/placeholders';
import type { PlaceholderValues, Segment } from '@/lib/core/templates/types';
import { userTemplateFragment, type UserTemplate } from '@/lib/dom/templates/user-templates';
import { NEXT_BLANK_SHORTCUT } from '@/lib/dom/webmail/blanks';
import { isBareSubject } from '@/lib/dom/webmail/subject';
import { insertTarget, type InsertTarget, type SidebarModel } from './model';
import type { TemplatesApi } from '@/lib/app/sidebar/api';

export type { TemplateChoice } from '@/lib/dom/templates/insertion';

export interface Preview {
  subject: string;
  /** Built-in templates: the body in pieces, placeholders marked. */
  segments?: Segment[];
  /** User templates: their rich text, filled, as nodes to show. */
  nodes?: () => DocumentFragment;
  unfilled: string[];
}

/** One slot of the chosen template, as the form shows it. */
export interface SlotField {
  name: string;
  /** What the notes (or the compose's recipient) give; the user's typing overrides it for this email only. */
  fromNotes?: string;
  /** The value that goes in: typed, else from the notes; undefined leaves a blank. */
  value?: string;
  typed: boolean;
  /** Empty, and its line is left out of the letter (a contact line of the signature), so it is no blank either. */
  leftOut: boolean;
  /** The slot is read from a field of the notes (or the profile), so a value typed here can be saved there. */
  noteBacked: boolean;
  /** Whether "Save to my notes" is offered: a note-backed slot the user changed, with somewhere to save it. */
  canSave: boolean;
  /** Saving to the notes: in progress, done (the field now shows the notes), or failed with a message. */
  save?: SaveState;
}

export type SaveState = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/** A question the sidebar asks before inserting: the compose's subject is the user's own. */
export interface SubjectQuestion {
  current: string;
  proposed: string;
  target: InsertTarget;
  mode: InsertMode;
}

export type InsertMode = 'caret' | 'replace';

export function createTemplatesModel(api: TemplatesApi, sidebar: SidebarModel, now: () => Date = () => new Date()) {
  const companies = signal<CompanyRecord[]>([]);
  const profile = signal<Profile>({});
  const userTemplates = signal<UserTemplate[]>([]);
  /** The kind to list templates for; null follows the draft's kind. */
  const kindFilter = signal<Kind | 'all' | null>(null);
  const selected = signal<string | null>(null);
  /** A company chosen by hand; null matches the recipients. */
  const companyId = signal<string | null>(null);
  const typed = signal<Record<string, string>>({});
  /** Per slot: a save to the notes under way, done or failed, and for which company. Typing in the slot clears it. */
  const saves = signal<Record<string, { save: SaveState; companyId?: string }>>({});
  const blanksConfirmed = signal(false);

  const kind = computed<Kind | 'all'>(() => kindFilter.value ?? sidebar.focused.value?.result.kind ?? 'all');
  const choices = computed<TemplateChoice[]>(() => {
    const k = kind.value;
    const fits = (x: { kind: Kind }) => k === 'all' || x.kind === k;
    return [
      ...BUILTIN_TEMPLATES.filter(fits).map((template) => ({ source: 'builtin' as const, template })),
      ...userTemplates.value.filter(fits).map((template) => ({ source: 'user' as const, template })),
    ];
  });
  /** Where Insert goes: the focused compose, named beside the button. */
  const target = computed<InsertTarget | null>(() => (sidebar.focused.value ? insertTarget(sidebar.focused.value) : null));
  const choice = computed(() => choices.value.find((c) => c.template.id === selected.value) ?? null);
  const company = computed(() => {
    if (companyId.value) return companies.value.find((c) => c.id === companyId.value);
    const draft = sidebar.focused.value?.draft;
    return draft ? findCompanyForRecipients(companies.value, [...draft.to, ...draft.cc]) : undefined;
  });
  /** What the notes give, before the user's typing: the form shows it in each slot. */
  const noteValues = computed<PlaceholderValues>(() => {
    const draft = sidebar.focused.value?.draft;
    const fromNotes = valuesFromNotes(company.value, profile.value, { now: now(), recipients: draft ? [...draft.to, ...draft.cc] : [] });
    // Without notes for this person, the name the compose shows for the first recipient still fills the greeting.
    const named = draft?.to.find((r) => r.name?.trim());
    const fromRecipient: PlaceholderValues = {};
    if (named?.name && !fromNotes['interviewer.name']) {
      const { first, last } = splitName(named.name);
      Object.assign(fromRecipient, { 'interviewer.name': named.name.trim(), 'interviewer.firstName': first, 'interviewer.lastName': last });
    }
    return { ...fromRecipient, ...fromNotes };
  });
  // What the user typed wins, for this email only; a slot they emptied stays a blank.
  const values = computed<PlaceholderValues>(() => ({ ...noteValues.value, ...typed.value }));
  const slots = computed<SlotField[]>(() => {
    const c = choice.value;
    if (!c) return [];
    const unfilled = renderForInsert(c, values.value).unfilled;
    return slotsOf(c).map((name) => {
      const fromNotes = cleanValue(noteValues.value[name]);
      const isTyped = Object.hasOwn(typed.value, name);
      const value = isTyped ? cleanValue(typed.value[name]) : fromNotes;
      const noteBacked = noteHomeOf(name) !== null;
      // What was saved for one company says nothing about another picked since.
      const entry = saves.value[name];
      const save = entry && (!needsCompany(name) || entry.companyId === company.value?.id) ? entry.save : undefined;
      const canSave = noteBacked && isTyped && value !== undefined && value !== fromNotes && entry?.save.state !== 'saving' && (!needsCompany(name) || company.value !== undefined);
      return {
        name,
        ...(fromNotes !== undefined ? { fromNotes } : {}),
        ...(value !== undefined ? { value } : {}),
        typed: isTyped,
        leftOut: value === undefined && !unfilled.includes(name),
        noteBacked,
        canSave,
        ...(save ? { save } : {}),
      };
    });
  });
  const preview = computed<Preview | null>(() => {
    const c = choice.value;
    if (!c) return null;
    if (c.source === 'builtin') {
      const filled = fillTemplate(asFilled(c.template, values.value), values.value);
      return { subject: renderForInsert(c, values.value, { markBlanks: true }).subject, segments: filled.segments, unfilled: filled.unfilled };
    }
    const r = renderForInsert(c, values.value, { markBlanks: true });
    const shown: PlaceholderValues = { ...values.value };
    r.unfilled.forEach((name, i) => (shown[name] = r.blanks[i]));
    return {
      subject: r.subject,
      unfilled: r.unfilled,
      nodes: () => {
        const fragment = userTemplateFragment(c.template.bodyHtml);
        dropEmptyContacts(fragment, values.value);
        fillNodes(fragment, shown);
        return fragment;
      },
    };
  });
  /** Why Insert did nothing, or what it did: shown beside the Insert buttons. */
  const message = signal<{ text: string; error: boolean } | null>(null);
  const subjectQuestion = signal<SubjectQuestion | null>(null);

  const reloadNotes = async () => {
    const notes = await api.loadNotes().catch(() => ({ companies: [], profile: {} }));
    companies.value = notes.companies;
    profile.value = notes.profile;
  };
  const setSave = (name: string, state: SaveState | null) => {
    const { [name]: _old, ...rest } = saves.value;
    const companyId = company.value?.id;
    saves.value = state ? { ...rest, [name]: { save: state, ...(companyId ? { companyId } : {}) } } : rest;
  };
  const reloadTemplates = async () => {
    userTemplates.value = await api.listUserTemplates().catch(() => []);
  };

  const send = async (into: InsertTarget | null, mode: InsertMode, subject: 'if-blank' | 'replace' | 'keep'): Promise<boolean> => {
    const c = choice.value;
    if (!c) return false;
    const r = renderForInsert(c, values.value, { markBlanks: true });
    const answer = await sidebar.insert(into, {
      text: r.text,
      html: r.html,
      ...(r.withoutSignature ? { withoutSignature: r.withoutSignature } : {}),
      ...(subject !== 'keep' && r.subject.trim() ? { subject: r.subject, subjectMode: subject } : {}),
      ...(r.blanks.length ? { blanks: r.blanks } : {}),
      mode,
    });
    if (!answer.ok) {
      message.value = { text: answer.reason, error: true };
      return false;
    }
    const parts = [answer.aboveSignature ? 'Inserted above your signature.' : 'Inserted.'];
    if (answer.subjectSet) parts.push('The subject is the template’s.');
    if (answer.blanks) parts.push(`The first blank is selected: type over it, then press ${NEXT_BLANK_SHORTCUT} for the next.`);
    message.value = { text: parts.join(' '), error: false };
    return true;
  };

  return {
    companies,
    userTemplates,
    kindFilter,
    kind,
    selected,
    companyId,
    typed,
    blanksConfirmed,
    choices,
    choice,
    target,
    company,
    values,
    slots,
    preview,
    message,
    subjectQuestion,
    async load(lifetime: AbortSignal) {
      api.onNotesChanged(() => void reloadNotes(), lifetime);
      api.onUserTemplatesChanged(() => void reloadTemplates(), lifetime);
      await Promise.all([reloadNotes(), reloadTemplates()]);
    },
    choose(id: string | null) {
      selected.value = id;
      saves.value = {};
      blanksConfirmed.value = false;
      message.value = null;
      subjectQuestion.value = null;
    },
    setTyped(name: string, value: string) {
      typed.value = { ...typed.value, [name]: value };
      if (saves.value[name]?.save.state !== 'saving') setSave(name, null);
      message.value = null;
    },
    /**
     * "Save to my notes": writes what the user typed in a note-backed slot into the notes
     * (the matched company's interview or interviewer, or the profile), on top of the
     * latest saved version. The field then shows the notes' value; if saving fails, the
     * typed value stays in the field and in this email, and the slot says why.
     */
    async saveSlot(name: string): Promise<boolean> {
      const slot = slots.value.find((s) => s.name === name);
      const value = typed.value[name];
      const into = company.value;
      if (!slot?.canSave || value === undefined) return false;
      setSave(name, { state: 'saving' });
      const edits = [{ slot: name, value }];
      try {
        if (needsCompany(name)) {
          const draft = sidebar.focused.value?.draft;
          const opts = { now: now(), recipients: draft ? [...draft.to, ...draft.cc] : [] };
          if (!changesRecord(into!, edits, opts) && noteHomeOf(name)?.area === 'interviewer') {
            setSave(name, { state: 'failed', message: 'Not saved: your notes have no name for this person yet. Save their name first.' });
            return false;
          }
          const saved = await api.saveCompany(into!.id, (record) => applySlotEdits(record, edits, opts));
          companies.value = companies.value.map((c) => (c.id === saved.id ? saved : c));
        } else {
          profile.value = await api.saveProfile((p) => applyProfileEdits(p, edits));
        }
      } catch (error) {
        const reason = error instanceof Error && error.message ? ` ${error.message}` : '';
        setSave(name, { state: 'failed', message: `Not saved to your notes.${reason} Your change still goes into this email.` });
        return false;
      }
      // Typed on while it saved: what is in the field now is not what was saved.
      if (typed.value[name] !== value) {
        setSave(name, null);
        return true;
      }
      const { [name]: _saved, ...rest } = typed.value;
      typed.value = rest;
      setSave(name, { state: 'saved' });
      return true;
    },
    /** Puts the notes' value back into a slot the user changed. */
    resetSlot(name: string) {
      const { [name]: _dropped, ...rest } = typed.value;
      typed.value = rest;
      setSave(name, null);
    },
    /**
     * Inserts the filled template into `into` (the target shown when the user clicked), at
     * the caret or over the draft. Blanks must be filled or knowingly kept first; a subject
     * the user typed is replaced only if they say so.
     */
    async insert(into: InsertTarget | null, mode: InsertMode = 'caret'): Promise<boolean> {
      const c = choice.value;
      if (!c) return false;
      subjectQuestion.value = null;
      message.value = null;
      const r = renderForInsert(c, values.value, { markBlanks: true });
      if (r.unfilled.length && !blanksConfirmed.value) {
        const n = r.unfilled.length;
        message.value = {
          text: `${n === 1 ? 'One slot is' : `${n} slots are`} empty. Fill ${n === 1 ? 'it' : 'them'} in above, or tick "Insert with blanks" to fill ${n === 1 ? 'it' : 'them'} in the email.`,
          error: true,
        };
        return false;
      }
      if (!into) return send(null, mode, 'if-blank');
      const current = sidebar.focused.value?.composeId === into.composeId ? sidebar.focused.value.draft.subject : '';
      if (r.subject.trim() && !isBareSubject(current) && current.trim() !== r.subject.trim()) {
        subjectQuestion.value = { current: current.trim(), proposed: r.subject, target: into, mode };
        message.value = null;
        return false;
      }
      return send(into, mode, 'if-blank');
    },
    /** The answer to the subject question: insert, with the template's subject or keeping the user's. */
    async answerSubject(replace: boolean): Promise<boolean> {
      const q = subjectQuestion.value;
      if (!q) return false;
      subjectQuestion.value = null;
      return send(q.target, q.mode, replace ? 'replace' : 'keep');
    },
    async printCard() {
      const c = choice.value;
      if (!c) return;
      await api.openNoteCard(renderForInsert(c, values.value, { markBlanks: true }).text);
    },
  };
}

export type TemplatesModel = ReturnType<typeof createTemplatesModel>;
