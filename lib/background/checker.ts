/**
 * The background's guideline checker: the engine with the packaged speller, loaded once on
 * first use, and the notes' context for the draft's recipients. A speller that fails to
 * load costs only the dictionary part of `spelling`; the check still answers.
 */
import { checkDraft, type CheckContext, type CheckResult, type Draft, type Kind, type Speller } from '@/lib/guidelines';
import { withPersonalWords } from '@/lib/guidelines/spelling/personal';

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
  check(draft: Draft, kind?: Kind): Promise<CheckResult>;
}

export function createChecker(deps: CheckerDeps): Checker {
  let speller: Promise<Speller | undefined> | undefined;
  const spellerOnce = () =>
    (speller ??= deps.loadSpeller().catch((error: unknown) => {
      console.warn('Afterview: the spelling dictionary could not be loaded; spelling checks only doubled words and case.', error);
      return undefined;
    }));
  return {
    async check(draft, kind) {
      const now = deps.now?.() ?? new Date();
      const [loaded, context, muted, words] = await Promise.all([
        spellerOnce(),
        deps.loadContext?.(draft, now).catch(() => undefined),
        deps.loadMuted?.().catch(() => []),
        deps.loadDictionary?.().catch(() => []),
      ]);
      return checkDraft(draft, { ...context, now }, { kind, speller: withPersonalWords(loaded, words ?? []), muted });
    },
  };
}
