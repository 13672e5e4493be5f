// `kms-doctor parse FILE|-|DIR [--json]`: what pasted or saved output says, read as the wizard
// reads it. One input gives {kind, facts, code, questionsAnswered}; a folder (one file per
// machine, e.g. from kms-doctor collect over PowerShell remoting) gives one entry per file and
// a summary of the fleet. Exit 0 when something was read, 1 when nothing was recognised, 2 for
// a usage error or an input that cannot be read.

import { parseArgs } from 'node:util';
import { readOutput } from '../readers/read-output.js';
import type { Reading } from '../readers/reading.js';
import type { CommandIO, CommandResult, CommandRun } from './command.js';
import { readInput } from './parse-input.js';
import { questionsRead } from './parse-questions.js';
import { machineOf, summarise, type FileReading } from './parse-summary.js';
import { folderText, readingText } from './parse-text.js';

const USAGE = `Usage: kms-doctor parse FILE|-|FOLDER [--json]

Reads saved or pasted output (slmgr, nslookup, Resolve-DnsName, Test-NetConnection, w32tm,
activation events, kms-doctor collect's JSON) and prints what it shows and which of the
wizard's questions it answers. "-" reads standard input. A folder is read one file per
machine and summarised: licence states, codes, KMS hosts, shared CMIDs, clocks, what to do first.
`;

const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `kms-doctor parse: ${message}\n\n${USAGE}`, exitCode: 2 });

/** One reading as the JSON entry parse prints. */
function entry(reading: Reading): object {
  const { answered, led } = questionsRead(reading);
  return {
    kind: reading.kind,
    facts: reading.facts,
    code: reading.code ?? null,
    questionsAnswered: answered,
    questionsPointedTo: led,
    ...(reading.parts ? { parts: reading.parts.map((p) => ({ kind: p.kind, facts: p.facts, code: p.code ?? null })) } : {}),
  };
}

const recognised = (r: Reading) => r.kind !== 'unknown' || r.parts !== undefined;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The parse command. */
export const run: CommandRun = async (args: readonly string[], io: CommandIO): Promise<CommandResult> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (parsed.values.help) return { stdout: USAGE, exitCode: 0 };
  if (parsed.positionals.length !== 1) {
    return usageError(parsed.positionals.length === 0 ? 'give a file, a folder, or - for standard input.' : 'give one file, folder or - (several files: put them in a folder).');
  }
  const input = await readInput(parsed.positionals[0]!, io);
  if ('error' in input) return { stdout: '', stderr: `${input.error}\n`, exitCode: 2 };
  const width = Math.min(io.stdoutIsTTY && io.columns ? io.columns : 80, 100);

  if (input.kind === 'one') {
    const reading = readOutput(input.text);
    const exitCode = recognised(reading) ? 0 : 1;
    if (parsed.values.json) return { stdout: json(entry(reading)), exitCode };
    return { stdout: readingText(input.name, reading, questionsRead(reading), width), exitCode };
  }

  const files: FileReading[] = input.files.map((f) => ({ file: f.file, reading: readOutput(f.text) }));
  const summary = summarise(files);
  const exitCode = files.some((f) => recognised(f.reading)) ? 0 : 1;
  if (parsed.values.json) {
    const entries = files.map((f) => ({ file: f.file, machine: machineOf(f), ...entry(f.reading) }));
    return { stdout: json({ folder: input.path, files: entries, skipped: input.skipped, summary }), exitCode };
  }
  return { stdout: folderText(parsed.positionals[0]!, files, input.skipped, summary, width), exitCode };
};
