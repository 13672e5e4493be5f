// What `explain` prints for a catalog entry: plain text for a person, or one JSON object for
// a script. Commands are filled with the values given; one that still lacks some is marked.

import { entryCommands, likelyMessage, resolveCommand, resolveVerify } from '../catalog/catalog.js';
import type { ErrorEntry } from '../catalog/schema.js';
import { entrySources } from '../catalog/public-sources.js';
import { fillTemplate, type TemplateValues } from '../text/fill.js';
import { wrap } from '../text/wrap.js';
import { commandLabel } from '../wizard/view-model.js';
import { actionsOf, type CommandItem, type CommandSpec } from '../../flows/step.js';
import { missingNames, notReadyLine } from './explain-values.js';

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

const commandsOf = (entry: ErrorEntry): CommandSpec[] => entryCommands(entry).map(resolveCommand);

/**
 * A command line, preceded by a NOT READY line when values are missing. Such a command keeps
 * its `<placeholders>` visible, and the line right above it says what to fill in: a reader
 * (or a mouse selection) cannot take it for one ready to run — in cmd, `<` and `>` redirect.
 */
function commandLines(label: string, template: string, values: TemplateValues): string[] {
  const { text, missing } = fillTemplate(template, values);
  return missing.length > 0 ? [label, `# ${notReadyLine(missing)}`, text] : [label, text];
}

/** The entry as text, prose wrapped at `width`. */
export function entryText(entry: ErrorEntry, width: number, given: TemplateValues): string {
  const values = { ...given, code: entry.code };
  const out: string[] = [`${entry.code} — ${entry.title}`, `Concerns: ${entry.activationTypes.map((t) => TYPE_NAMES[t]).join(', ')}`, ''];
  for (const m of entry.messages) out.push(`${SOURCE_NAMES[m.source]}:`, wrap(`“${m.text}”`, width, '  '));
  out.push('', 'What it means:', wrap(entry.cause, width, '  '), '', 'What to do:', wrap(entry.resolution.summary, width, '  '));
  // Each command under its own whole label, a PowerShell twin too: where it runs, rights,
  // changes; each alone on its line, right under the step that runs it.
  const withTwin = (spec: CommandSpec) => {
    out.push(...commandLines(`# ${commandLabel(spec)}`, spec.text, values));
    if (spec.twin) out.push(...commandLines(`# ${commandLabel(spec.twin)}`, spec.twin.text, values));
  };
  actionsOf(entry.resolution.steps).forEach((s, i) => {
    out.push(wrap(`${i + 1}. ${fillTemplate(s.text, values).text}`, width, '  '));
    s.commands.map(resolveCommand).forEach(withTwin);
  });
  if (entry.commands?.length) {
    out.push('', 'Commands (each alone on its line):');
    entry.commands.map(resolveCommand).forEach(withTwin);
  }
  out.push('', 'Check that it worked:');
  entry.verify.map(resolveVerify).forEach((v, i) => {
    out.push(wrap(`${i + 1}. ${fillTemplate(v.text, values).text}`, width, '  '));
    if (v.command) withTwin(resolveCommand(v.command));
    if (v.expect) out.push(wrap(`Success looks like: ${fillTemplate(v.expect, values).text}`, width, '  '));
  });
  if (entry.sourceNotes) out.push('', 'About the sources:', wrap(entry.sourceNotes, width, '  '));
  // Each source by title and public address, never by the data's internal id.
  out.push('', 'Sources:', ...entrySources(entry).flatMap((s) => [wrap(s.title, width, '  '), `  ${s.url}`]));
  if (entry.related?.length) out.push('', `See also: ${entry.related.join(', ')}`);
  out.push('', `For a guided diagnosis run: kms-doctor ${entry.code}`);
  return out.join('\n') + '\n';
}

/** The entry as one JSON-ready object; each command carries the template names it still lacks. */
export function entryJson(entry: ErrorEntry, given: TemplateValues): object {
  const values = { ...given, code: entry.code };
  const filled = (s: CommandSpec) => {
    const { text, missing } = fillTemplate(s.text, values);
    return { text, missing: missingNames(missing) };
  };
  const fillSpec = (s: CommandSpec) => ({ ...s, ...filled(s), ...(s.twin ? { twin: { ...s.twin, ...filled(s.twin) } } : {}) });
  const verify = entry.verify.map(resolveVerify).map((v) => ({
    text: fillTemplate(v.text, values).text,
    ...(v.command ? { command: fillSpec(resolveCommand(v.command)) } : {}),
    ...(v.expect ? { expect: fillTemplate(v.expect, values).text } : {}),
  }));
  const steps = actionsOf(entry.resolution.steps).map((s) => ({
    text: fillTemplate(s.text, values).text,
    commands: s.commands.map((c: CommandItem) => fillSpec(resolveCommand(c))),
  }));
  // The internal source ids become the public documents they stand for.
  const { source: _source, furtherSources: _further, ...shown } = entry;
  return {
    known: true, ...shown, sources: entrySources(entry), resolution: { ...entry.resolution, steps }, message: likelyMessage(entry), commands: commandsOf(entry).map(fillSpec), verify,
  };
}
