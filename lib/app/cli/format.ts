/** Output of the `check` command: one JSON line per file, or a short report for people. */
import { RULE_IDS, type CheckResult, type Draft, type Finding, type Severity, type TextRange } from '@/lib/core/guidelines/types';
import { ruleById } from '@/lib/core/guidelines/rules';
import { lineColumn } from '@/lib/core/notes/json-text';

export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  draft: Draft;
  result: CheckResult;
  /** The company chosen from `--notes`: its name, or null when none matched; absent without notes. */
  company?: string | null;
}

/** The JSON line for one file: every rule, in the rulebook's order. */
export function toJsonLine(report: FileReport): string {
  const order = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const findings = [...report.result.findings]
    .sort((a, b) => (order.get(a.rule) ?? Infinity) - (order.get(b.rule) ?? Infinity))
    .map(({ rule, status, severity, message, ranges }) => ({
      rule,
      status,
      severity,
      message,
      ranges: ranges.map(({ field, start, end }) => ({ field, start, end })),
    }));
  return JSON.stringify({ file: report.file, kind: report.result.kind, score: report.result.score, findings });
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOURS: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
};

const same = (s: string) => s;
export const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, cyan: same, green: same };

/** Colour only for a terminal, and never when NO_COLOR is set. */
export function pickStyle(isTTY: boolean | undefined, env: Record<string, string | undefined>): Style {
  return isTTY === true && env['NO_COLOR'] === undefined ? COLOURS : PLAIN;
}

const GROUPS: { severity: Severity; title: string; colour: keyof Style }[] = [
  { severity: 'error', title: 'Must fix', colour: 'red' },
  { severity: 'warning', title: 'Should fix', colour: 'yellow' },
  { severity: 'tip', title: 'Could add', colour: 'cyan' },
];

/** `body 4:12` or `subject 1:5`: 1-based line and column of the first range. */
export function locate(draft: Draft, ranges: readonly TextRange[]): string | undefined {
  const first = [...ranges].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'subject' ? -1 : 1))[0];
  if (!first) return undefined;
  const text = first.field === 'subject' ? draft.subject : draft.bodyText;
  const { line, column } = lineColumn(text, Math.max(0, first.start));
  return `${first.field} ${line}:${column}`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What the human report calls each kind: an email is never called a note. */
const KIND_NAME: Record<CheckResult['kind'], string> = {
  'thank-you': 'thank-you email',
  note: 'thank-you note (card)',
  'follow-up': 'follow-up email',
  'second-follow-up': 'second follow-up email',
  update: 'update email',
  withdrawal: 'withdrawal email',
};

/** The report for people: the file, its kind and score, then the failed rules by group, in aligned columns. */
export function formatHuman(report: FileReport, style: Style): string {
  const { result, draft } = report;
  const lines: string[] = [style.bold(report.file)];
  const scoreColour = result.score >= 85 ? style.green : result.score >= 60 ? style.yellow : style.red;
  lines.push(`Kind: ${KIND_NAME[result.kind]}${result.kindSource === 'forced' ? ' (set with --kind)' : ''}`);
  lines.push(`Score: ${scoreColour(`${result.score}/100`)}`);
  if (report.company !== undefined) {
    lines.push(`Notes: ${report.company ?? 'no saved company matches the recipients'}`);
  }
  const failed = result.findings.filter((f) => f.status === 'fail');
  if (failed.length === 0) {
    lines.push(style.green('Nothing to fix.'));
    return lines.join('\n');
  }
  const rows = failed.map((f) => ({ finding: f, title: ruleTitle(f.rule), where: locate(draft, f.ranges) ?? '' }));
  const widths = { title: Math.max(...rows.map((r) => r.title.length)), where: Math.max(...rows.map((r) => r.where.length)) };
  for (const group of GROUPS) {
    const items = rows.filter((r) => r.finding.severity === group.severity);
    if (items.length === 0) continue;
    lines.push(style[group.colour](style.bold(group.title)));
    for (const row of items) lines.push(formatRow(row, widths, draft, style));
  }
  return lines.join('\n');
}

const ruleTitle = (id: Finding['rule']): string => ruleById(id)?.title ?? id;

/** The text a range covers, quoted and cut short, to name what "more" refers to. */
function quoted(draft: Draft, range: TextRange): string {
  const text = oneLine((range.field === 'subject' ? draft.subject : draft.bodyText).slice(range.start, range.end));
  return `“${text.length > 24 ? `${text.slice(0, 23)}…` : text}”`;
}

/** "(also “lmk” and “def”)": the places beyond the first one, named, at most three. */
function alsoAt(draft: Draft, ranges: readonly TextRange[]): string {
  if (ranges.length < 2) return '';
  const rest = [...ranges].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'subject' ? -1 : 1)).slice(1);
  const named = rest.slice(0, 3).map((r) => quoted(draft, r));
  const more = rest.length - named.length;
  return ` (also ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

function formatRow(row: { finding: Finding; title: string; where: string }, widths: { title: number; where: number }, draft: Draft, style: Style): string {
  const message = `${oneLine(row.finding.message)}${style.dim(alsoAt(draft, row.finding.ranges))}`;
  const where = widths.where ? `${style.dim(row.where.padEnd(widths.where))}  ` : '';
  return `  ${style.bold(row.title.padEnd(widths.title))}  ${where}${message}`.trimEnd();
}
