// `kms-doctor parse FILE|-|DIR [--json]`: what pasted or saved output says, read as the wizard
// reads it. One input gives {kind, facts, code, questionsAnswered}; a folder (one file per
// machine, e.g. from kms-doctor collect over PowerShell remoting) gives one entry per file and
// a summary of the fleet. Exit 0 when something was read, 1 when nothing was recognised, 2 for
// a usage error or an input that cannot be read.

import { parseArgs } from 'node:util';
import { readOutput } from '../readers/read-output.js';
import { visibleJson } from '../text/visible.js';
import type { Reading } from '../readers/reading.js';
import type { CommandIO, CommandResult, CommandRun } from './command.js';
import { listFolder, readFolder, readInput } from './parse-input.js';
import { questionsAnswered } from './parse-questions.js';
import { machineOf, summarise, type FileReading } from './parse-summary.js';
import { folderText, readingText } from './parse-text.js';

const USAGE = `Usage: kms-doctor parse FILE|-|FOLDER [--json]

Reads saved or pasted output (slmgr, nslookup, Resolve-DnsName, Test-NetConnection, w32tm,
activation events, kms-doctor collect's JSON) and prints what it shows and which of the
wizard's questions it answers. "-" reads standard input. A folder is read one file per
machine and summarised: licence states, codes, KMS hosts, shared CMIDs, clocks, what to do first.

Bounds: a file is read up to 16 MiB (a larger one is refused, and skipped in a folder). A named
pipe or a device (<(command), /dev/stdin) is read until it ends or to 16 MiB, and parse says
where it stopped; when nothing arrives on it for 30 s, or after 2 minutes in all, parse stops
waiting and says so. In a folder, subfolders, pipes and devices are not read; they are named
among the skipped.
`;

const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `kms-doctor parse: ${message}\n\n${USAGE}`, exitCode: 2 });

/** One reading as the JSON entry parse prints. */
function entry(reading: Reading): object {
  return {
    kind: reading.kind,
    facts: reading.facts,
    code: reading.code ?? null,
    questionsAnswered: questionsAnswered(reading),
    ...(reading.parts ? { parts: reading.parts.map((p) => ({ kind: p.kind, facts: p.facts, code: p.code ?? null })) } : {}),
  };
}

const recognised = (r: Reading) => r.kind !== 'unknown' || r.parts !== undefined;
const json = (value: unknown) => `${visibleJson(value)}\n`;

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
  const arg = parsed.positionals[0]!;
  const input = await readInput(arg, io);
  if ('error' in input) return { stdout: '', stderr: `${input.error}\n`, exitCode: 2 };
  const width = Math.min(io.stdoutIsTTY && io.columns ? io.columns : 80, 100);

  if (input.kind === 'one') {
    const reading = readOutput(input.text);
    const exitCode = recognised(reading) ? 0 : 1;
    const stderr = input.note ? `${input.note}\n` : undefined;
    if (parsed.values.json) return { stdout: json(entry(reading)), exitCode, ...(stderr ? { stderr } : {}) };
    return { stdout: readingText(input.name, reading, questionsAnswered(reading), width), exitCode, ...(stderr ? { stderr } : {}) };
  }

  const listed = listFolder(input.path, arg);
  if ('error' in listed) return { stdout: '', stderr: `${listed.error}\n`, exitCode: 2 };
  // Only the facts of each file are kept: structuredClone copies the strings a reader sliced
  // out of the text, so the text itself (up to 16 MiB) can go before the next file is read.
  const { files, skipped } = await readFolder(input.path, listed.names, (file, text): FileReading => ({ file, reading: structuredClone(readOutput(text)) }));
  const summary = summarise(files);
  const exitCode = files.some((f) => recognised(f.reading)) ? 0 : 1;
  if (parsed.values.json) {
    const entries = files.map((f) => ({ file: f.file, machine: machineOf(f), ...entry(f.reading) }));
    return { stdout: json({ folder: input.path, files: entries, skipped, summary }), exitCode };
  }
  return { stdout: folderText(arg, files, skipped, summary, width), exitCode };
};
