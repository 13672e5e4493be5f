// `kms-doctor parse` as text: what each output is and its facts, the questions it answers, and
// for a folder the fleet summary with what to do first. Short, for a person; --json is for tools.
// Everything here that came from outside — file and folder names, computer names, hosts, every
// value read — may hold characters a terminal obeys (a file named `e\e]0;PWNED\a.txt` would set
// the window's title): each paragraph and line is made visible (`<ESC>`, `<U+202E>`) before it is
// wrapped, so a line break inside a name shows as <LF> instead of breaking the line.

import { factLines } from '../readers/fact-lines.js';
import { outputsOf, type Reading } from '../readers/reading.js';
import { STATUS_NAMES } from '../readers/fact-lines.js';
import { describe } from '../readers/rules/rule.js';
import { visible } from '../text/visible.js';
import { wrap as wrapRaw } from '../text/wrap.js';
import type { FileReading, FleetSummary } from './parse-summary.js';
import { machineOf } from './parse-summary.js';

/** A paragraph wrapped to `width`, outside characters named first. */
const wrap = (text: string, width: number, indent?: string) => wrapRaw(visible(text), width, indent);

/** The outputs kms-doctor reads, as one sentence. */
export const KNOWN_OUTPUTS =
  'kms-doctor reads slmgr /dlv, /dli, /xpr and /ato, nslookup -type=srv, Resolve-DnsName -Type SRV, Test-NetConnection, w32tm /stripchart and /query /status, the activation events (12288, 12289, 12290, 12293, 12294) and kms-doctor collect\'s JSON.';

/** One input's reading as text. */
export function readingText(name: string, reading: Reading, answered: readonly string[], width: number): string {
  if (reading.kind === 'unknown' && !reading.parts) {
    const code = reading.code ? ` It holds the code ${reading.code}: kms-doctor explain ${reading.code}.` : '';
    return `${wrap(`Nothing kms-doctor recognises in ${name}.${code} ${KNOWN_OUTPUTS}`, width)}\n`;
  }
  const outputs = outputsOf(reading);
  const out: string[] = [];
  if (outputs.length > 1) out.push(`${outputs.length} outputs:`);
  outputs.forEach((r, i) => {
    out.push(visible(outputs.length > 1 ? `${i + 1}. ${describe(r)}` : describe(r)));
    for (const line of factLines(r.facts)) out.push(`   ${visible(line)}`);
  });
  if (reading.code) out.push(visible(`Code: ${reading.code} (kms-doctor explain ${reading.code})`));
  out.push(answered.length > 0 ? wrap(`Answers these wizard questions: ${answered.join(', ')}`, width) : 'Answers none of the wizard\'s questions.');
  return `${out.join('\n')}\n`;
}

const named = (machines: readonly string[]) => machines.join(', ');

/** A folder's readings and summary as text. */
export function folderText(path: string, files: readonly FileReading[], skipped: readonly string[], s: FleetSummary, width: number): string {
  const out: string[] = [];
  const unrecognised = s.unrecognised.length > 0 ? `; not recognised: ${s.unrecognised.join(', ')}` : '';
  out.push(wrap(`Read ${files.length} file${files.length === 1 ? '' : 's'} in ${path} (${s.machines} machine${s.machines === 1 ? '' : 's'})${unrecognised}.`, width));
  for (const skip of skipped) out.push(wrap(`Skipped ${skip}`, width));
  const states = Object.entries(s.licenceStates).map(([state, m]) => `${state} ${m.length} (${named(m)})`);
  if (states.length > 0) out.push(wrap(`Licence states: ${states.join('; ')}`, width));
  const codes = Object.entries(s.codes).map(([code, m]) => `${code} on ${named(m)}`);
  if (codes.length > 0) out.push(wrap(`Codes: ${codes.join('; ')}`, width));
  const hosts = Object.entries(s.kmsHosts).map(([host, m]) => `${host} by ${named(m)}`);
  if (hosts.length > 0) out.push(wrap(`KMS hosts used: ${hosts.join('; ')}`, width));
  for (const d of s.duplicateCmids) out.push(wrap(`Same CMID on several machines: ${d.cmid} on ${named(d.machines)}`, width));
  if (s.clocksApart.length > 0) out.push(wrap(`Clocks more than 4 hours off: ${s.clocksApart.map((c) => c.machine).join(', ')}`, width));
  out.push('', 'What to do first:');
  s.firstSteps.forEach((step, i) => out.push(wrap(`${i + 1}. ${step}`, width, '   ').replace(/^ {3}/, '')));
  out.push('', 'Per file:');
  const nameWidth = Math.min(30, files.reduce((most, f) => Math.max(most, visible(f.file).length), 0));
  for (const entry of files) {
    const f = entry.reading.facts;
    const what = entry.reading.kind === 'unknown' && !entry.reading.parts ? 'not recognised'
      : [entry.reading.parts ? `${entry.reading.parts.length} outputs` : entry.reading.kind, machineOf(entry), f.licenseStatusText ?? (f.licenseStatus && STATUS_NAMES[f.licenseStatus]), entry.reading.code].filter(Boolean).join(', ');
    out.push(`  ${visible(entry.file).padEnd(nameWidth)}  ${visible(what)}`);
  }
  return `${out.join('\n')}\n`;
}
