/**
 * `npm run eval`: how often the checker agrees with hand labels. Each corpus is a folder of
 * drafts in the `check` command's text format with a `labels.json` beside them; every file
 * is checked exactly as `afterview check --json --kind <labelled kind>` checks it, and once
 * more without `--kind` to measure kind detection.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkDraft } from '@/lib/core/guidelines';
import { KINDS, type Kind, type Speller, type Status } from '@/lib/core/guidelines/types';
import { readDraftFile } from './read-draft';

export type Label = 'pass' | 'fail' | 'either';

export interface LabelledFile {
  kind: Kind;
  fragment?: boolean;
  rules: Record<string, Label>;
  why?: Record<string, string>;
}

export interface RuleTally {
  agree: number;
  scored: number;
  /** Labelled fail, the checker passed it (or could not judge). */
  missedFails: string[];
  /** Labelled pass, the checker failed it (or could not judge). */
  falseFails: string[];
}

export interface CorpusReport {
  name: string;
  files: number;
  agree: number;
  scored: number;
  rules: Record<string, RuleTally>;
  kindRight: number;
  /** confusion[labelled][detected] = count */
  confusion: Record<Kind, Record<Kind, number>>;
  kindMisses: string[];
}

export interface Gates {
  overall: number;
  perRule: number;
  kind: number;
}

export const SHARED_GATES: Gates = { overall: 0.97, perRule: 0.9, kind: 0.95 };

const emptyConfusion = (): Record<Kind, Record<Kind, number>> =>
  Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((d) => [d, 0]))])) as Record<Kind, Record<Kind, number>>;

/** Reads `labels.json` of a corpus folder; throws with the path on a malformed file. */
export async function readLabels(dir: string): Promise<Record<string, LabelledFile>> {
  const path = join(dir, 'labels.json');
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!parsed || typeof parsed !== 'object') throw new Error(`${path}: not an object of labelled files`);
  for (const [file, entry] of Object.entries(parsed as Record<string, LabelledFile>)) {
    if (!entry || !(KINDS as readonly string[]).includes(entry.kind) || typeof entry.rules !== 'object') {
      throw new Error(`${path}: "${file}" needs a kind and rules`);
    }
  }
  return parsed as Record<string, LabelledFile>;
}

/** Checks every labelled file of `dir` and tallies agreement with its labels. */
export async function evaluateCorpus(dir: string, speller: Speller | undefined, name = basename(dir)): Promise<CorpusReport> {
  const labels = await readLabels(dir);
  const report: CorpusReport = { name, files: 0, agree: 0, scored: 0, rules: {}, kindRight: 0, confusion: emptyConfusion(), kindMisses: [] };
  for (const file of Object.keys(labels).sort()) {
    const label = labels[file]!;
    const { draft, date } = await readDraftFile(join(dir, file));
    const context = { now: date ?? new Date() };
    const forced = checkDraft(draft, context, { kind: label.kind, ...(speller ? { speller } : {}) });
    const detected = checkDraft(draft, context, speller ? { speller } : {}).kind;
    report.files++;
    report.confusion[label.kind][detected]++;
    if (detected === label.kind) report.kindRight++;
    else report.kindMisses.push(`${file} (${label.kind} read as ${detected})`);
    const status = new Map<string, Status>(forced.findings.map((f) => [f.rule, f.status]));
    for (const [rule, expected] of Object.entries(label.rules)) {
      if (expected === 'either') continue;
      const tally = (report.rules[rule] ??= { agree: 0, scored: 0, missedFails: [], falseFails: [] });
      const got = status.get(rule);
      tally.scored++;
      report.scored++;
      if (got === expected) {
        tally.agree++;
        report.agree++;
      } else if (expected === 'fail') tally.missedFails.push(got === 'pass' ? file : `${file} (${got ?? 'absent'})`);
      else tally.falseFails.push(got === 'fail' ? file : `${file} (${got ?? 'absent'})`);
    }
  }
  return report;
}

/** The corpus folders under `root`: every sub-folder holding a `labels.json`. */
export async function corpusDirs(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const dirs: string[] = [];
  for (const e of entries.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(join(root, e.name));
    if (files.includes('labels.json')) dirs.push(join(root, e.name));
  }
  // The folder itself may be a corpus (tests/corpus holds labels.json directly).
  if ((await readdir(root)).includes('labels.json')) dirs.unshift(root);
  return dirs;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** Where a corpus falls short of its gates, in words; empty when it meets them all. */
export function gateFailures(r: CorpusReport, gates: Gates): string[] {
  const out: string[] = [];
  if (r.scored && r.agree / r.scored < gates.overall) out.push(`${r.name}: overall ${pct(r.agree, r.scored)} is under ${pct(gates.overall, 1)}`);
  for (const [rule, t] of Object.entries(r.rules)) {
    if (t.agree / t.scored < gates.perRule) out.push(`${r.name}: ${rule} ${pct(t.agree, t.scored)} is under ${pct(gates.perRule, 1)}`);
  }
  if (r.files && r.kindRight / r.files < gates.kind) out.push(`${r.name}: kind ${pct(r.kindRight, r.files)} is under ${pct(gates.kind, 1)}`);
  return out;
}

/** A Markdown report of one corpus: the per-rule table and the kind confusion matrix. */
export function formatCorpus(r: CorpusReport): string {
  const lines = [
    `### ${r.name}`,
    '',
    `${r.files} files; labels agreed: **${r.agree}/${r.scored} (${pct(r.agree, r.scored)})**; kind detected: **${r.kindRight}/${r.files} (${pct(r.kindRight, r.files)})**.`,
    '',
    '| rule | agree | missed fails | false fails |',
    '|---|---:|---|---|',
  ];
  for (const [rule, t] of Object.entries(r.rules)) {
    lines.push(`| \`${rule}\` | ${t.agree}/${t.scored} (${pct(t.agree, t.scored)}) | ${t.missedFails.join(', ') || '—'} | ${t.falseFails.join(', ') || '—'} |`);
  }
  lines.push('', `Kind confusion (rows: labelled, columns: detected without \`--kind\`):`, '');
  lines.push(`| labelled \\ detected | ${KINDS.join(' | ')} |`, `|---|${KINDS.map(() => '---:').join('|')}|`);
  for (const k of KINDS) lines.push(`| ${k} | ${KINDS.map((d) => r.confusion[k][d] || '·').join(' | ')} |`);
  if (r.kindMisses.length) lines.push('', `Kind misses: ${r.kindMisses.join(', ')}.`);
  return lines.join('\n');
}
