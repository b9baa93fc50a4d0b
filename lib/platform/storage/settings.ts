/**
 * User settings kept beside the notes. For now one: the rules the user muted in the
 * sidebar (`mutedRulesItem`: a sorted list of rule ids under `settings:mutedRules`, lock
 * `afterview:settings`). Only ids of the rulebook (`RULE_IDS`) are ever written or returned.
 */
import type { StorageDeps } from './item';
import { isRuleId, mutedRulesItem, readMutedRules } from './items';

export { isRuleId, readMutedRules };
export const MUTED_RULES_KEY = mutedRulesItem.key;

/** Where the settings live; tests pass their own. */
export type SettingsDeps = StorageDeps;

export function getMutedRules(deps: SettingsDeps = {}): Promise<string[]> {
  return mutedRulesItem.with(deps).get();
}

/** Mutes or unmutes one rule. Rejects an id that is not a rule of the rulebook. */
export async function setRuleMuted(id: string, muted: boolean, deps: SettingsDeps = {}): Promise<void> {
  if (!isRuleId(id)) throw new RangeError(`"${String(id).slice(0, 60)}" is not a rule of the rulebook.`);
  // Read-modify-write under the item's lock, so two panels muting two rules at once keep both.
  await mutedRulesItem.with(deps).update((current) => (muted ? [...current, id] : current.filter((r) => r !== id)));
}

/** Calls `listener` with the muted rules whenever any page changes them, until `signal` aborts. */
export function onMutedRulesChanged(listener: (muted: string[]) => void, signal: AbortSignal, deps: SettingsDeps = {}): void {
  mutedRulesItem.with(deps).watch(listener, signal);
}
