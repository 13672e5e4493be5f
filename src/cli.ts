#!/usr/bin/env node
// Entry point of the kms-doctor bin. Parses arguments, runs a non-interactive command
// (explain, keys) without loading Ink, or starts the wizard when there is a terminal.

import { Command, CommanderError } from 'commander';
import { NO_TERMINAL_MESSAGE } from './commands/no-terminal.js';
import { HELP_AFTER, HELP_DESCRIPTION } from './commands/help-text.js';
import { protectNegativeNumbers } from './cli-args.js';
import { wrap } from './text/wrap.js';

const VERSION = typeof __KMS_DOCTOR_VERSION__ === 'string' ? __KMS_DOCTOR_VERSION__ : '0.0.0-dev';
const MAX_STDIN = 1_000_000;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > MAX_STDIN) break;
  }
  return text;
}

function print(result: { stdout: string; exitCode: number }): void {
  process.stdout.write(result.stdout);
  process.exitCode = result.exitCode;
}

async function startWizard(words: string[], options: { color?: boolean }): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(`${wrap(NO_TERMINAL_MESSAGE, 80)}\n`);
    process.exitCode = 2;
    return;
  }
  // NO_COLOR (no-color.org) and --no-color: chalk reads FORCE_COLOR when Ink loads, below.
  if (options.color === false || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  const { runWizard } = await import('./wizard/run.js');
  const code = words.join(' ').trim();
  process.exitCode = await runWizard(code ? { code } : {});
}

function program(): Command {
  const cli = new Command('kms-doctor')
    .description(HELP_DESCRIPTION)
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .option('--no-color', 'no colours in the wizard (NO_COLOR=1 does the same)')
    .argument('[code...]', 'an error code or pasted error text: the wizard starts at that code')
    .addHelpText('after', HELP_AFTER)
    .showSuggestionAfterError()
    .exitOverride()
    .action(startWizard);
  cli
    .command('explain')
    .description('print what an error code means and how to fix it, without the wizard')
    .argument('[text...]', 'a code, an "Error: 0x…" line or pasted slmgr output (read from standard input when omitted)')
    .option('--json', 'print one JSON object instead of text')
    .action(async (words: string[], options: { json?: boolean }) => {
      const text = words.length > 0 ? words.join(' ') : await readStdin();
      const { explain } = await import('./commands/explain.js');
      print(explain(text, Boolean(options.json)));
    });
  cli
    .command('keys')
    .description('list KMS client setup keys (GVLKs), best match first')
    .argument('[words...]', 'edition words, e.g. "server 2022 datacenter" or "win 11 pro"')
    .option('--json', 'print a JSON array instead of text')
    .action(async (words: string[], options: { json?: boolean }) => {
      const { keys } = await import('./commands/keys.js');
      print(keys(words.join(' '), Boolean(options.json)));
    });
  return cli;
}

async function main(): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); // `kms-doctor keys | head`
    throw err;
  });
  try {
    await program().parseAsync(protectNegativeNumbers(process.argv.slice(2)), { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage mistakes get 2, as is customary.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    // Catalog and commands are loaded lazily (so --version and --help stay fast); a damaged
    // data file surfaces here as a CatalogError.
    const what = err instanceof Error && err.name === 'CatalogError' ? "kms-doctor's built-in data is damaged" : 'kms-doctor hit a problem it did not expect';
    process.stderr.write(`${what}: ${err instanceof Error ? err.message : String(err)}\nPlease report this, with the command you ran.\n`);
    if (process.env.KMS_DOCTOR_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 70;
  }
}

await main();
