/**
 * User settings kept beside the notes. For now one: the rules the user muted in the
 * sidebar, under the single key `settings:mutedRules` as a sorted list of rule ids.
 * Only ids of the rulebook (`RULE_IDS`) are ever written or returned.
 */
import { RULE_IDS, type RuleId } from '@/lib/core/guidelines/types';
import { localArea, localChanges, writeItems, type ChangeSource, type StorageAreaLike } from './area';
import { defaultLockManager, type LockManagerLike } from './locks';

export const MUTED_RULES_KEY = 'settings:mutedRules';
const SETTINGS_LOCK = 'afterview:settings';

/** Where the settings live; tests pass their own. */
export interface SettingsDeps {
  area?: StorageAreaLike;
  locks?: LockManagerLike;
  changes?: ChangeSource;
}

let sharedLocks: LockManagerLike | undefined;
/** One lock manager per page: without Web Locks, the in-process fallback must be shared to exclude anything. */
const locksOf = (deps: SettingsDeps) => deps.locks ?? (sharedLocks ??= defaultLockManager());

const RULES = new Set<string>(RULE_IDS);
export const isRuleId = (id: unknown): id is RuleId => typeof id === 'string' && RULES.has(id);

/** The valid, distinct rule ids in a stored value, sorted; anything else is dropped. */
export function readMutedRules(value: unknown): RuleId[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isRuleId))].sort();
}

export async function getMutedRules(deps: SettingsDeps = {}): Promise<string[]> {
  const area = deps.area ?? localArea();
  return readMutedRules((await area.get(MUTED_RULES_KEY))[MUTED_RULES_KEY]);
}

/** Mutes or unmutes one rule. Rejects an id that is not a rule of the rulebook. */
export function setRuleMuted(id: string, muted: boolean, deps: SettingsDeps = {}): Promise<void> {
  if (!isRuleId(id)) return Promise.reject(new RangeError(`"${String(id).slice(0, 60)}" is not a rule of the rulebook.`));
  const area = deps.area ?? localArea();
  const locks = locksOf(deps);
  // Read-modify-write under a lock, so two panels muting two rules at once keep both.
  return locks.request(SETTINGS_LOCK, { mode: 'exclusive' }, async () => {
    const current = new Set<string>(await getMutedRules({ area }));
    if (muted) current.add(id);
    else current.delete(id);
    await writeItems(area, { [MUTED_RULES_KEY]: [...current].sort() });
  });
}

/** Calls `listener` with the muted rules whenever any page changes them, until `signal` aborts. */
export function onMutedRulesChanged(listener: (muted: string[]) => void, signal: AbortSignal, deps: SettingsDeps = {}): void {
  if (signal.aborted) return;
  const source = deps.changes ?? localChanges();
  const onChange = (changes: Record<string, { newValue?: unknown }>) => {
    if (Object.hasOwn(changes, MUTED_RULES_KEY)) listener(readMutedRules(changes[MUTED_RULES_KEY]!.newValue));
  };
  source.addListener(onChange);
  signal.addEventListener('abort', () => source.removeListener(onChange), { once: true });
}
