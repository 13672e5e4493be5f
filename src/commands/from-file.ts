// `kms-doctor --from FILE`: the output the wizard starts from, read with the same bounds as
// `parse` (16 MiB, a pipe or device not waited on for ever) and checked before the first
// screen. A file with nothing kms-doctor reads is said to be so, rather than opening the plain
// start screen without a word. A file whose values hold characters a terminal would obey
// (ESC, BEL, bidi overrides …) is refused: the readers would drop those characters and turn
// `kms01<ESC>]0;PWNED<BEL><ESC>[31mRED` into a host `kms01red` for the commands and the note,
// a value nobody typed and Windows never printed. Colours around text (ESC [ … m), which
// PowerShell 7 writes into captured output, are not values and are let through.

import { resolve } from 'node:path';
import { outputsOf } from '../readers/reading.js';
import { readOutput } from '../readers/read-output.js';
import { decodeText } from '../text/decode.js';
import { unsafeCharacters, visible } from '../text/visible.js';
import { UsageError } from './args.js';
import { KNOWN_OUTPUTS } from './parse-text.js';
import { readBounded, type ReadBounds } from './read-file.js';

const COLOURS = /\u001B\[[0-9;]*m/g;
// Tabs and line breaks are text; a BOM starts a file Windows wrote.
const harmless = (ch: string) => ch === '\t' || ch === '\n' || ch === '\r';

/** A value (or, outside JSON, a line) that holds characters a terminal would obey, with them named. */
function hostileValue(text: string): { value: string; names: string[] } | undefined {
  const check = (value: string) => {
    const names = unsafeCharacters(value.replace(COLOURS, '')).filter((ch) => !harmless(ch));
    return names.length > 0 ? { value, names } : undefined;
  };
  const body = text.replace(/^\uFEFF/, '');
  let found: { value: string; names: string[] } | undefined;
  try {
    // JSON (kms-doctor collect) writes such characters as \u001b escapes: look at the values.
    JSON.parse(body, (_key, value: unknown) => {
      if (typeof value === 'string') found ??= check(value);
      return value;
    });
    return found;
  } catch {
    // Not JSON (or nested too deep to parse): the lines as they are.
  }
  for (const line of body.split(/\r\n|\r|\n/)) {
    const hostile = check(line);
    if (hostile) return hostile;
  }
  return undefined;
}

const quoted = (value: string) => `"${visible(value.length > 80 ? `${value.slice(0, 77)}…` : value)}"`;

/** The text of the --from file; a UsageError saying why when the wizard cannot start from it. */
export async function readFromFile(path: string, cwd: string, bounds?: ReadBounds): Promise<string> {
  const shown = visible(path);
  const read = await readBounded(resolve(cwd, path), bounds);
  if (!read.ok) throw new UsageError(`cannot read --from ${shown}: ${read.problem}`);
  if (read.note) throw new UsageError(`--from ${shown}: ${read.note}; the wizard starts only from a whole output`);
  const text = decodeText(read.bytes);
  const reading = readOutput(text);
  if (!reading.code && !outputsOf(reading).some((r) => r.kind !== 'unknown')) {
    throw new UsageError(`nothing in --from ${shown} is output kms-doctor reads. ${KNOWN_OUTPUTS} Start without --from and answer the questions, or give one of those outputs.`);
  }
  const hostile = hostileValue(text);
  if (hostile) {
    const names = hostile.names.map((ch) => visible(ch)).join(', ');
    throw new UsageError(
      `--from ${shown} holds characters a terminal would obey, which Windows does not print in its output: ${names}, in ${quoted(hostile.value)}. kms-doctor does not guess what such a value should be: take a fresh copy of the output, or start without --from.`,
    );
  }
  return text;
}
