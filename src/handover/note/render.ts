// The note as Markdown, for a help-desk ticket: the error, the path taken, the values typed,
// the resolution with every command in both forms under its full label, and how to check that
// it worked. Product keys typed into the session are masked in the finished text.

import { readableLines } from '../../text/command-lines.js';
import type { TemplateValues } from '../../text/fill.js';
import { missingNames, notReadyLine } from '../../commands/explain-values.js';
import { placeholderFor } from '../../input/fields.js';
import { joinWords } from '../../text/join-words.js';
import type { ErrorEntry } from '../../catalog/schema.js';
import { commandLabel, type ShownCommand } from '../../wizard/view-model.js';
import { fillResolution, resolutionOf, type FilledResolution } from '../resolution.js';
import { escapeText, fence, inlineCode } from './markdown.js';
import { maskProductKeys } from './mask.js';
import { codePart, fieldLabel, type SessionRecord } from './record.js';
import { readableStamp } from './stamp.js';

/** The width a long PowerShell command is broken at in the note (where PowerShell reads on). */
const NOTE_WIDTH = 100;

/** The line above a command that still lacks values: what to fill in (and, for explain, with which option). */
type NotReady = (missing: readonly string[]) => string;

/**
 * Each command under its full label (a twin too: the note is read away from the screen); one
 * that still lacks a value says so above its fence, so nobody runs it with a `<placeholder>`.
 */
function commandBlocks(commands: readonly ShownCommand[], notReady: NotReady): string[] {
  return commands.flatMap((c) => [
    `#### ${escapeText(commandLabel(c.spec))}`,
    ...(c.missing.length > 0 ? [`**${escapeText(notReady(c.missing))}**`] : []),
    fence(readableLines(c.text, c.spec.shell, NOTE_WIDTH).join('\n'), c.spec.shell),
  ]);
}

function errorSection(record: SessionRecord): string[] {
  if (!record.code) return [];
  const out = ['## The error', `${inlineCode(record.code)}${record.meaning ? ` — ${escapeText(record.meaning)}` : ''}`];
  if (record.message) out.push(`Windows says: “${escapeText(record.message)}”`);
  return out;
}

function pathSection(record: SessionRecord): string[] {
  const steps = record.path.map((p, i) => `${i + 1}. ${escapeText(p.question)} — **${escapeText(p.answer)}**`);
  return ['## The path', steps.length > 0 ? steps.join('\n') : 'Straight to the resolution: nothing was asked.'];
}

function valuesSection(record: SessionRecord): string[] {
  const rows = Object.entries(record.values).map(([name, value]) => `- ${escapeText(fieldLabel(name))}: ${inlineCode(String(value))}`);
  return ['## Values typed', rows.length > 0 ? rows.join('\n') : 'None.'];
}

function resolutionSections(r: FilledResolution, meaning: string | undefined, notReady: NotReady): string[] {
  // A catalog resolution is titled as the code is: the title is not said twice.
  const heading = r.title === meaning ? '## Resolution' : `## Resolution: ${escapeText(r.title)}`;
  const out = [heading, `**${escapeText(r.lead)}:** ${escapeText(r.cause)}`];
  if (r.summary) out.push(escapeText(r.summary));
  out.push('### Steps');
  r.steps.forEach((s, i) => out.push(`${i + 1}. ${escapeText(s.text)}`, ...commandBlocks(s.commands, notReady)));
  if (r.commands.length > 0) out.push('### Commands', ...commandBlocks(r.commands, notReady));
  out.push('## Check that it worked');
  if (r.verify.length === 0) out.push('kms-doctor has no check written for this resolution yet.');
  r.verify.forEach((v, i) => {
    out.push(`${i + 1}. ${escapeText(v.text)}`, ...commandBlocks(v.commands, notReady));
    if (v.expect) out.push(`Success looks like: ${escapeText(v.expect)}`);
  });
  return out;
}

const title = (record: SessionRecord): string =>
  `# kms-doctor: ${record.code ? `${record.code} — ${record.meaning ?? record.resolution.title}` : record.resolution.title}`;

const finish = (blocks: string[]): string => maskProductKeys(blocks.join('\n\n') + '\n');

/** The note for a session, saved at `savedAt`. */
export function noteMarkdown(record: SessionRecord, savedAt: Date): string {
  return finish([
    escapeText(title(record)),
    `Saved ${readableStamp(savedAt)} by kms-doctor.`,
    ...errorSection(record),
    ...pathSection(record),
    ...valuesSection(record),
    ...resolutionSections(record.resolution, record.meaning, (missing) => `NOT READY: fill in ${joinWords(missingNames(missing).map(placeholderFor))} first`),
  ]);
}

/**
 * The note's static part for a catalog code (`explain CODE --markdown`): no path; the commands
 * filled with the values given (--host, --domain …), the rest marked NOT READY.
 */
export function staticNote(entry: ErrorEntry, values: TemplateValues = {}): string {
  const resolution = fillResolution(resolutionOf({ kind: 'catalog-resolution' }, entry)!, { ...values, code: entry.code }, 'both');
  const record: SessionRecord = { ...codePart(entry.code), path: [], values: {}, resolution };
  return finish([escapeText(title(record)), ...errorSection(record), ...resolutionSections(resolution, record.meaning, notReadyLine)]);
}
