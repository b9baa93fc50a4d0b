/**
 * The background's guideline checker: the engine with the packaged speller, loaded once on
 * first use, and the notes' context for the draft's recipients. A speller that fails to
 * load costs only the dictionary part of `spelling`; the check still answers.
 */
import { checkDraft, type CheckContext, type CheckResult, type Draft, type Kind, type Speller } from '@/lib/core/guidelines';
import { withPersonalWords } from '@/lib/core/guidelines/spelling/personal';

export interface CheckerDeps {
  loadSpeller(): Promise<Speller>;
  /** The notes' context for these recipients, if a saved company matches them. */
  loadContext?(draft: Draft, now: Date): Promise<CheckContext | undefined>;
  /** Rule ids the user turned off. */
  loadMuted?(): Promise<readonly string[]>;
  /** The words of the user's personal dictionary. */
  loadDictionary?(): Promise<readonly string[]>;
  now?(): Date;
}

export interface Checker {
  /**
   * Checks a draft. `withNotes: false` leaves the saved notes out: that result is the one a
   * webmail page may see (the badge), so nothing it shows depends on what the user saved.
   */
  check(draft: Draft, kind?: Kind, options?: { withNotes?: boolean }): Promise<CheckResult>;
  /** The packaged speller (for its suggestions), or undefined when it could not be loaded. */
  speller(): Promise<Speller | undefined>;
}

export function createChecker(deps: CheckerDeps): Checker {
  let speller: Promise<Speller | undefined> | undefined;
  const spellerOnce = () =>
    (speller ??= deps.loadSpeller().catch((error: unknown) => {
      console.warn('Afterview: the spelling dictionary could not be loaded; spelling checks only doubled words and case.', error);
      return undefined;
    }));
  return {
    speller: spellerOnce,
    async check(draft, kind, options = {}) {
      const now = deps.now?.() ?? new Date();
      const [loaded, context, muted, words] = await Promise.all([
        spellerOnce(),
        options.withNotes === false ? undefined : deps.loadContext?.(draft, now).catch(() => undefined),
        deps.loadMuted?.().catch(() => []),
        deps.loadDictionary?.().catch(() => []),
      ]);
      return checkDraft(draft, { ...context, now }, { kind, speller: withPersonalWords(loaded, words ?? []), muted });
    },
  };
}
