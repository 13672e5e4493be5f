// `kms-doctor explain <code or pasted text> [--json] [--domain …] [--host …] [--port …]`: the
// catalog entry as text or JSON, without a terminal and without loading Ink. Exit 0 for a
// known code; 1 when the text has no code or the code is unknown here (with the honest answer
// about what it is); 2 for a usage error or a refused value.

import { findError } from '../catalog/catalog.js';
import { anatomy, unknownCodeText } from '../codes/facility.js';
import { pickCode } from '../codes/normalize.js';
import type { TemplateValues } from '../text/fill.js';
import { wrap } from '../text/wrap.js';
import { runWithArgs, UsageError, type CommandSpec } from './args.js';
import type { CommandResult, CommandRun } from './command.js';
import { entryJson, entryText } from './explain-output.js';
import { VALUE_OPTIONS, valuesFromOptions } from './explain-values.js';

const USAGE = 'kms-doctor explain [options] [text...]';

const SPEC: CommandSpec = {
  usage: USAGE,
  options: {
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    ...Object.fromEntries(Object.keys(VALUE_OPTIONS).map((name) => [name, { type: 'string' as const }])),
  },
  help: {
    usage: USAGE,
    description: 'Print what an activation error code means and how to fix it, without the wizard and without a terminal. The commands are filled in with the values you give; a command that still lacks one is marked NOT READY.',
    sections: [
      { title: 'Arguments', rows: [['text', 'a code (0xC004F074, C004F074, -1073418124), an "Error: 0x…" line or pasted slmgr output; read from standard input when omitted (at most 16 MiB; UTF-8 or UTF-16)']] },
      {
        title: 'Options',
        rows: [
          ['--json', 'print one JSON object instead of text; each command lists the values it still lacks in "missing"'],
          ['--markdown', 'print the note for a ticket, in Markdown: the code, the fix, every command in both forms, and how to check it worked'],
          ...Object.entries(VALUE_OPTIONS).map(([name, o]) => [`--${name} ${o.meta}`, o.description] as const),
          ['-h, --help', 'show this help'],
        ],
      },
    ],
    after: `
Examples:
  kms-doctor explain 0x8007232B
  kms-doctor explain --json -1073418124
  kms-doctor explain 0xC004F074 --host kms01.corp.contoso.com --domain corp.contoso.com
  kms-doctor explain 0xC004F074 --markdown > ticket.md
  cscript //nologo slmgr.vbs /ato | kms-doctor explain --json

Exit codes:
  0 a known code explained · 1 no code found, or a code kms-doctor does not know · 2 usage
  error or a refused value · 70 internal error
`,
  },
};

const NO_CODE =
  'No error code found in that. A code looks like 0xC004F074 (or -1073418124 as a decimal number); the whole "Error: 0x…" line, or a block of slmgr output, works too.';

/** Explains the code found in `text`, its commands filled with `values`. */
export function explain(text: string, json: boolean, values: TemplateValues = {}, width = 80): CommandResult {
  const code = pickCode(text, (c) => findError(c) !== undefined);
  if (!code) {
    return json
      ? { stdout: JSON.stringify({ known: false, code: null, message: NO_CODE }, null, 2) + '\n', exitCode: 1 }
      : { stdout: wrap(NO_CODE, width) + '\nRun kms-doctor without arguments to be asked about the machine instead.\n', exitCode: 1 };
  }
  const entry = findError(code);
  if (entry) return { stdout: json ? JSON.stringify(entryJson(entry, values), null, 2) + '\n' : entryText(entry, width, values), exitCode: 0 };
  const lines = unknownCodeText(code);
  if (json) {
    const a = anatomy(code);
    return { stdout: JSON.stringify({ known: false, code, facility: a.facility, win32: a.win32 ?? null, message: lines.join(' ') }, null, 2) + '\n', exitCode: 1 };
  }
  const next = 'Run kms-doctor and choose "No code" to be asked about the machine instead.';
  return { stdout: [...lines, next].map((l) => wrap(l, width)).join('\n') + '\n', exitCode: 1 };
}

/** The note for a ticket (the same as the wizard's saved note, without a path taken), as Markdown. */
async function markdown(text: string, values: TemplateValues): Promise<CommandResult> {
  const code = pickCode(text, (c) => findError(c) !== undefined);
  const entry = code ? findError(code) : undefined;
  if (!entry) return { stdout: '', stderr: `${code ? `${code} is not in kms-doctor's catalog` : NO_CODE}: there is no note to write.\n`, exitCode: 1 };
  // Loaded only here: the note's code is not needed for the text or JSON.
  const { staticNote } = await import('../handover/note/render.js');
  return { stdout: staticNote(entry, values), exitCode: 0 };
}

/** The `explain` command. */
export const run: CommandRun = (args, io) =>
  runWithArgs(args, io, SPEC, async ({ values, positionals }) => {
    if (values.json === true && values.markdown === true) throw new UsageError('--json and --markdown cannot be used together');
    const given = valuesFromOptions(values);
    const text = positionals.length > 0 ? positionals.join(' ') : await io.readStdin();
    if (values.markdown === true) return markdown(text, given);
    // Prose fits the terminal, capped for reading; 80 columns when piped.
    const width = Math.min(io.stdoutIsTTY && io.columns ? io.columns : 80, 100);
    return explain(text, values.json === true, given, width);
  });
