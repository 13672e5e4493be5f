// Argument parsing for every command, on Node's util.parseArgs (strict: an unknown option or
// a missing value is a usage error). One addition: a negative decimal code such as
// -1073418124 is an argument, not a cluster of short options, wherever it stands.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { visible } from '../text/visible.js';
import type { CommandIO, CommandResult } from './command.js';
import { formatHelp, helpWidth, type HelpPage } from './help-page.js';

/** A mistake in how the command was called: the message goes to stderr with the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Options and positional arguments as parsed. */
export interface ParsedArgs {
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** In the order given, negative numbers included. */
  positionals: string[];
}

const NEGATIVE_NUMBER = /^-\d+$/;

/** Our wording for parseArgs' errors (its own suggest quoting tricks a technician won't need). */
function usageMessage(err: Error & { code?: string }): string {
  const quoted = /'(-{1,2}[^' ]*)/.exec(err.message)?.[1] ?? /'([^']*)'/.exec(err.message)?.[1] ?? '';
  const what = visible(quoted);
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${what}'`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${what}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(err.message) ? `option '${what}' takes no value` : `option '${what}' needs a value (write ${what}=<value> if it starts with -)`;
    default:
      return visible(err.message);
  }
}

/** Parses `args` against `options`; throws a UsageError for anything parseArgs refuses. */
export function parseCommandArgs(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>, allowPositionals = true): ParsedArgs {
  // Take negative numbers out before parsing and put them back in place afterwards.
  const kept: { arg: string; at: number }[] = [];
  const negatives: { arg: string; at: number }[] = [];
  args.forEach((arg, at) => (NEGATIVE_NUMBER.test(arg) && allowPositionals ? negatives : kept).push({ arg, at }));
  let parsed;
  try {
    parsed = parseArgs({ args: kept.map((k) => k.arg), options, strict: true, allowPositionals, tokens: true });
  } catch (err) {
    if (err instanceof Error && String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS_')) throw new UsageError(usageMessage(err));
    throw err;
  }
  const positionals = parsed.tokens
    .filter((t) => t.kind === 'positional')
    .map((t) => ({ arg: (t as { value: string }).value, at: kept[t.index]!.at }));
  return {
    values: parsed.values,
    positionals: [...positionals, ...negatives].sort((a, b) => a.at - b.at).map((p) => p.arg),
  };
}

/** How a command is called: its usage line, its options (help is added) and its help page. */
export interface CommandSpec {
  /** "kms-doctor explain [options] [text...]". */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  help: HelpPage;
}

/** A usage error as a result: the message, the usage and where to read more, on stderr; exit 2. */
export function usageFailure(usage: string, message: string): CommandResult {
  const command = usage.replace(/ \[.*$/, '');
  return { stdout: '', stderr: `${command}: ${message}\nUsage: ${usage}\nSee "${command} --help" for the options and examples.\n`, exitCode: 2 };
}

/**
 * Parses `args` for `spec` and runs `body` with them; answers --help itself, and turns a
 * UsageError (from parsing, or thrown by `body` for a refused value) into a usage failure.
 */
export async function runWithArgs(
  args: readonly string[],
  io: Pick<CommandIO, 'columns' | 'stdoutIsTTY'>,
  spec: CommandSpec,
  body: (parsed: ParsedArgs) => CommandResult | Promise<CommandResult>,
): Promise<CommandResult> {
  try {
    const parsed = parseCommandArgs(args, { ...spec.options, help: { type: 'boolean', short: 'h' } });
    if (parsed.values.help === true) return { stdout: formatHelp(spec.help, helpWidth(io.stdoutIsTTY ? io.columns : undefined)), exitCode: 0 };
    return await body(parsed);
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(spec.usage, err.message);
    throw err;
  }
}
