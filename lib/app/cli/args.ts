/** Command-line arguments of `afterview`. */
import { KINDS, type Kind } from '@/lib/core/guidelines/types';
import { isIsoDate } from '@/lib/core/notes/record-schemas';

export interface CheckArgs {
  command: 'check';
  files: string[];
  kind?: Kind;
  notes?: string;
  now?: Date;
  json: boolean;
}

export type Args = CheckArgs | { command: 'help' };

/** A bad command line: exit status 2 with this one-line reason. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: afterview check [options] FILE...

Checks follow-up email drafts against Afterview's guidelines.
FILE is an .eml message, or plain text: optional header lines (Subject:, To:, Cc:,
From:, Date:), a blank line, then the body. Without header lines the whole file is
the body.

Options:
  --kind KIND     judge the drafts as this kind instead of detecting it:
                  ${KINDS.join(', ')}
  --notes FILE    saved notes: an exported Afterview backup or one company record
                  (JSON). The company whose domains match the recipients is used;
                  failing that, the only company in the file.
  --now DATE      the moment of checking, as an ISO date or date-time
                  (default: the message's Date header, else the current time)
  --json          print one JSON object per file, on its own line
  -h, --help      show this help

Exit status: 0 when no must-fix rule fails, 1 when one does, 2 when an input
cannot be used (missing or malformed file, bad option, bad notes file).
`;

const VALUE_OPTIONS = new Set(['--kind', '--notes', '--now']);

export function parseArgs(argv: readonly string[]): Args {
  if (argv.includes('--help') || argv.includes('-h')) {
    // Only when it appears before "--", where it is an option.
    const dashdash = argv.indexOf('--');
    const at = Math.min(...['--help', '-h'].map((o) => argv.indexOf(o)).filter((i) => i >= 0));
    if (dashdash === -1 || at < dashdash) return { command: 'help' };
  }
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given; try "afterview check --help"');
  if (command === 'help') return { command: 'help' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; the command is "check" (see --help)`);

  const args: CheckArgs = { command: 'check', files: [], json: false };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (arg === '-') throw new UsageError('reading a draft from standard input is not supported; give a file name');
      args.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '--json') {
      if (eq !== -1) throw new UsageError('--json takes no value');
      args.json = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${name} (see --help)`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = rest[++i];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`${name} needs a value`);
      }
    }
    if (name === '--kind') {
      if (!(KINDS as readonly string[]).includes(value)) {
        throw new UsageError(`unknown kind "${value}" for --kind; use one of ${KINDS.join(', ')}`);
      }
      args.kind = value as Kind;
    } else if (name === '--notes') {
      if (value === '') throw new UsageError('--notes needs a file name');
      args.notes = value;
    } else {
      if (!isIsoDate(value.trim())) {
        throw new UsageError(`--now expects an ISO date or date-time such as 2025-03-14 or 2025-03-14T09:30:00Z, not "${value}"`);
      }
      args.now = new Date(Date.parse(value.trim().replace(' ', 'T')));
    }
  }
  if (args.files.length === 0) throw new UsageError('no draft files given (see --help)');
  return args;
}
