// Every subcommand of the bin, by the word that names it. Adding one (check, parse, collect …)
// is one line here and its module in this folder, exporting `run` (a CommandRun, see
// command.ts). The module is imported only when its word is given, so a command never slows
// the start of the others. Any other first word is the wizard's code text.

import type { CommandRun } from './command.js';

/** A subcommand as the entry and the main help know it. */
export interface CommandEntry {
  /** Its usage after "kms-doctor ", as the main help lists it. */
  usage: string;
  /** One line for the main help's list of commands. */
  summary: string;
  /** Imports its module, when the command runs. */
  load: () => Promise<{ run: CommandRun }>;
}

/** The commands by their word. */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  explain: { usage: 'explain [options] [text...]', summary: 'print what an error code means and how to fix it, without the wizard', load: () => import('./explain.js') },
  keys: { usage: 'keys [options] [words...]', summary: 'list KMS client setup keys (GVLKs), best match first', load: () => import('./keys.js') },
  check: { usage: 'check [options]', summary: 'look up the SRV record and test port 1688 from this computer (read-only)', load: () => import('./check.js') },
  parse: { usage: 'parse [--json] FILE|-|FOLDER', summary: 'read pasted or saved output (slmgr, nslookup, w32tm, events, collect JSON); a folder: many machines at once', load: () => import('./parse.js') },
  collect: { usage: 'collect [options]', summary: 'print a read-only PowerShell script that gathers everything kms-doctor reads, as JSON', load: () => import('./collect.js') },
};
