/**
 * The `afterview` command line. `run` does the work and returns the exit status, so that
 * tests can call it in-process; `main` wires it to the real process.
 */
import { checkDraft } from '@/lib/core/guidelines';
import type { CheckContext, Speller } from '@/lib/core/guidelines/types';
import { UsageError, USAGE, parseArgs, type CheckArgs } from './args';
import { formatHuman, pickStyle, toJsonLine, type FileReport } from './format';
import { readNotesFile, pickCompany, type Notes } from './notes';
import { InputError, readDraftFile } from './read-draft';

export const EXIT_OK = 0;
export const EXIT_MUST_FIX = 1;
export const EXIT_BAD_INPUT = 2;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY?: boolean;
  env: Record<string, string | undefined>;
  /** Loads the spell checker; injectable for tests. */
  loadSpeller?: () => Promise<Speller>;
}

const fail = (io: Io, reason: string): void => io.stderr(`afterview: ${oneLine(reason)}\n`);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(io, error.message);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  return check(args, io);
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  let notes: Notes | undefined;
  if (args.notes !== undefined) {
    try {
      notes = await readNotesFile(args.notes);
    } catch (error) {
      if (error instanceof InputError) {
        fail(io, error.message);
        return EXIT_BAD_INPUT;
      }
      throw error;
    }
  }

  const speller = await loadSpeller(io);
  const style = pickStyle(io.isTTY, io.env);
  let status = EXIT_OK;
  let badInput = false;
  let printed = 0;

  for (const file of args.files) {
    let read;
    try {
      read = await readDraftFile(file);
    } catch (error) {
      if (error instanceof InputError) {
        fail(io, error.message);
        badInput = true;
        continue;
      }
      throw error;
    }
    const { draft, date } = read;
    const context: CheckContext = { now: args.now ?? date ?? new Date() };
    let company: string | null | undefined;
    if (notes) {
      const chosen = pickCompany(notes.companies, [...draft.to, ...draft.cc]);
      if (chosen) context.company = chosen;
      if (notes.profile) context.profile = notes.profile;
      company = chosen ? chosen.name : null;
    }
    const result = checkDraft(draft, context, {
      ...(args.kind ? { kind: args.kind } : {}),
      ...(speller ? { speller } : {}),
    });
    const report: FileReport = company === undefined ? { file, draft, result } : { file, draft, result, company };
    if (args.json) io.stdout(`${toJsonLine(report)}\n`);
    else io.stdout(`${printed > 0 ? '\n' : ''}${formatHuman(report, style)}\n`);
    printed++;
    if (result.findings.some((f) => f.status === 'fail' && f.severity === 'error')) status = EXIT_MUST_FIX;
  }
  return badInput ? EXIT_BAD_INPUT : status;
}

async function loadSpeller(io: Io): Promise<Speller | undefined> {
  try {
    if (io.loadSpeller) return await io.loadSpeller();
    const { loadSpellerNode } = await import('@/lib/platform/spelling/load-node');
    return await loadSpellerNode();
  } catch (error) {
    // Without the word list the other spelling checks (doubled words, case) still run.
    const reason = error instanceof Error ? error.message : String(error);
    fail(io, `warning: the spelling dictionary could not be loaded (${reason}); misspellings are not checked`);
    return undefined;
  }
}

/** Runs the command for the current process and sets its exit status. Never throws. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  let stdoutClosed = false;
  let writeFailed = false;
  const io: Io = {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY,
    env: process.env,
  };
  // A reader that goes away early (`afterview check ... | head`) is not an error: the
  // remaining output is dropped and the exit status still reflects every file.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE') {
      fail(io, `cannot write the output (${error.code ?? error.message})`);
      writeFailed = true;
    }
  });
  try {
    const status = await run(argv, io);
    process.exitCode = writeFailed ? EXIT_BAD_INPUT : status;
  } catch (error) {
    // A bug, not bad input; still one line, never a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    fail(io, `internal error: ${reason}`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
