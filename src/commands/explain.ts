// `kms-doctor explain <code or pasted text> [--json]`: the catalog entry as text or JSON,
// without a terminal and without loading Ink. Exit 0 for a known code; 1 when the text has
// no code or the code is unknown here (with the honest answer about what it is).

import { findError, likelyMessage, resolveCommand, resolveVerify } from '../catalog/catalog.js';
import type { ErrorEntry } from '../catalog/schema.js';
import { anatomy, unknownCodeText } from '../codes/facility.js';
import { pickCode } from '../codes/normalize.js';
import { fill } from '../text/fill.js';
import { proseWidth, wrap } from '../text/wrap.js';
import { commandLabel } from '../wizard/view-model.js';
import type { CommandSpec } from '../../flows/step.js';

/** What a command prints and the exit code it ends with. */
export interface CommandResult {
  stdout: string;
  exitCode: number;
}

const SOURCE_NAMES: Record<string, string> = {
  slmgr: 'slmgr prints',
  'docs-full-text': 'The full message reads',
  'docs-table': "Microsoft's error table words it",
  sdk: 'The Windows SDK text is',
  windows: 'Windows shows',
};

const TYPE_NAMES: Record<string, string> = {
  mak: 'MAK', 'kms-client': 'KMS client', 'kms-host': 'KMS host', adba: 'Active Directory-based activation',
  avma: 'automatic VM activation', retail: 'retail', oem: 'OEM', any: 'any activation type',
};

const commandsOf = (entry: ErrorEntry): CommandSpec[] => entry.commands.map(resolveCommand);

function entryText(entry: ErrorEntry, width: number): string {
  const values = { code: entry.code };
  const out: string[] = [`${entry.code} — ${entry.title}`, `Concerns: ${entry.activationTypes.map((t) => TYPE_NAMES[t]).join(', ')}`, ''];
  for (const m of entry.messages) out.push(`${SOURCE_NAMES[m.source]}:`, wrap(`“${m.text}”`, width, '  '));
  out.push('', 'What it means:', wrap(entry.cause, width, '  '), '', 'What to do:', wrap(entry.resolution.summary, width, '  '));
  entry.resolution.steps.forEach((s, i) => out.push(wrap(`${i + 1}. ${s}`, width, '  ')));
  out.push('', 'Commands (read-only checks first; each command is alone on its line):');
  const commandLines = (spec: CommandSpec) => {
    out.push(`# ${commandLabel(spec)}`, fill(spec.text, values));
    if (spec.twin) out.push('# the same in PowerShell:', fill(spec.twin.text, values));
  };
  commandsOf(entry).forEach(commandLines);
  out.push('', 'Check that it worked:');
  entry.verify.map(resolveVerify).forEach((v, i) => {
    out.push(wrap(`${i + 1}. ${fill(v.text, values)}`, width, '  '));
    if (v.command) commandLines(resolveCommand(v.command));
    if (v.expect) out.push(wrap(`Success looks like: ${fill(v.expect, values)}`, width, '  '));
  });
  if (entry.sourceNotes) out.push('', 'About the sources:', wrap(entry.sourceNotes, width, '  '));
  if (entry.related?.length) out.push('', `See also: ${entry.related.join(', ')}`);
  out.push('', `For a guided diagnosis run: kms-doctor ${entry.code}`);
  return out.join('\n') + '\n';
}

function entryJson(entry: ErrorEntry): object {
  const values = { code: entry.code };
  const fillSpec = (s: CommandSpec) => ({ ...s, text: fill(s.text, values), ...(s.twin ? { twin: { ...s.twin, text: fill(s.twin.text, values) } } : {}) });
  const verify = entry.verify.map(resolveVerify).map((v) => ({
    text: fill(v.text, values),
    ...(v.command ? { command: fillSpec(resolveCommand(v.command)) } : {}),
    ...(v.expect ? { expect: fill(v.expect, values) } : {}),
  }));
  return { known: true, ...entry, message: likelyMessage(entry), commands: commandsOf(entry).map(fillSpec), verify };
}

const NO_CODE =
  'No error code found in that. A code looks like 0xC004F074 (or -1073418124 as a decimal number); the whole "Error: 0x…" line, or a block of slmgr output, works too.';

/** Explains the code found in `text`. */
export function explain(text: string, json: boolean): CommandResult {
  const width = proseWidth();
  const code = pickCode(text, (c) => findError(c) !== undefined);
  if (!code) {
    return json
      ? { stdout: JSON.stringify({ known: false, code: null, message: NO_CODE }, null, 2) + '\n', exitCode: 1 }
      : { stdout: wrap(NO_CODE, width) + '\nRun kms-doctor without arguments to be asked about the machine instead.\n', exitCode: 1 };
  }
  const entry = findError(code);
  if (entry) return { stdout: json ? JSON.stringify(entryJson(entry), null, 2) + '\n' : entryText(entry, width), exitCode: 0 };
  const lines = unknownCodeText(code);
  if (json) {
    const a = anatomy(code);
    return { stdout: JSON.stringify({ known: false, code, facility: a.facility, win32: a.win32 ?? null, message: lines.join(' ') }, null, 2) + '\n', exitCode: 1 };
  }
  const next = 'Run kms-doctor and choose "No code" to be asked about the machine instead.';
  return { stdout: [...lines, next].map((l) => wrap(l, width)).join('\n') + '\n', exitCode: 1 };
}
