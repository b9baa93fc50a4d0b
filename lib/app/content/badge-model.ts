/**
 * The state of one compose's score badge, as signals. Only the score and the counts live
 * here, and the rulebook title of the top problem: the page's own scripts can read an open
 * shadow root, so no note, name or message text ever reaches the badge.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ScoreSummary } from '@/lib/platform/messaging/protocol';

export type BadgeState = { status: 'checking' } | { status: 'ready'; summary: ScoreSummary } | { status: 'unrecognised' } | { status: 'offline' };

export interface BadgeModel {
  state: Signal<BadgeState>;
  /** A short hint shown under the badge for a few seconds (e.g. how to open the sidebar in Firefox). */
  hint: Signal<string>;
  label: ReadonlySignal<string>;
  /** The part of the name after the visible words, for screen readers only. */
  details: ReadonlySignal<string>;
  text: ReadonlySignal<string>;
  /** The top problem, in a few words ("2 must fix: Fill in every placeholder"), or ''. */
  headline: ReadonlySignal<string>;
  tone: ReadonlySignal<'good' | 'fair' | 'poor' | 'neutral'>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the badge says to screen readers after its visible words ("Afterview 72 2 must fix:
 * Proofread"): the button's name is the visible words and then this, so the name holds the
 * visible label (WCAG 2.5.3) and everything a screen-reader user needs.
 */
export function badgeDetails(state: BadgeState): string {
  switch (state.status) {
    case 'checking':
      return '. Checking this draft. Open the Afterview sidebar.';
    case 'unrecognised':
      return '. This draft cannot be checked here. Open the Afterview sidebar.';
    case 'offline':
      return '. Afterview was updated or restarted: reload this tab to check this draft again.';
    case 'ready': {
      const s = state.summary;
      const parts = [plural(s.errors, 'must-fix', 'must-fix'), plural(s.warnings, 'should-fix', 'should-fix'), plural(s.tips, 'idea', 'ideas')];
      return `. Score ${s.score} out of 100: ${parts.join(', ')}. Open the Afterview sidebar for details.`;
    }
  }
}

/** The badge's whole name, as a screen reader reads it (also its tooltip). */
export function badgeLabel(state: BadgeState): string {
  const visible = ['Afterview', badgeText(state), badgeHeadline(state)].filter(Boolean).join(' ');
  return `${visible}${badgeDetails(state)}`;
}

export function badgeText(state: BadgeState): string {
  switch (state.status) {
    case 'checking':
      return '…';
    case 'unrecognised':
      return 'Layout not recognised';
    case 'offline':
      return 'Reload tab';
    case 'ready':
      return String(state.summary.score);
  }
}

/** The worst problem in a few words: "2 must fix: Fill in every placeholder"; nothing for ideas alone. */
export function badgeHeadline(state: BadgeState): string {
  if (state.status !== 'ready') return '';
  const { errors, warnings, top } = state.summary;
  if (errors > 0) return `${errors} must fix${top?.severity === 'error' ? `: ${top.title}` : ''}`;
  if (warnings > 0) return `${warnings} should fix${top?.severity === 'warning' ? `: ${top.title}` : ''}`;
  return '';
}

/** The colour follows the worst severity: red for a must-fix, amber for a should-fix, green otherwise. */
export function badgeTone(state: BadgeState): 'good' | 'fair' | 'poor' | 'neutral' {
  if (state.status !== 'ready') return 'neutral';
  const { errors, warnings } = state.summary;
  if (errors > 0) return 'poor';
  if (warnings > 0) return 'fair';
  return 'good';
}

export function createBadgeModel(): BadgeModel {
  const state = signal<BadgeState>({ status: 'checking' });
  return {
    state,
    hint: signal(''),
    label: computed(() => badgeLabel(state.value)),
    details: computed(() => badgeDetails(state.value)),
    text: computed(() => badgeText(state.value)),
    headline: computed(() => badgeHeadline(state.value)),
    tone: computed(() => badgeTone(state.value)),
  };
}
