// Reads a Stryker JSON report (mutation-testing-report-schema) and counts what it found: per
// file and in all, with the score Stryker prints, (killed + timeout) / (all but errors and ignored).

import { readFileSync } from 'node:fs';

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Counts of one file's (or a whole report's) mutants by what became of them. */
export function count(mutants) {
  const c = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, errors: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') c.killed++;
    else if (m.status === 'Survived') c.survived++;
    else if (m.status === 'NoCoverage') c.noCoverage++;
    else if (m.status === 'Timeout') c.timeout++;
    else if (m.status === 'Ignored') c.ignored++;
    else c.errors++;
  }
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return { ...c, total: mutants.length, score: valid === 0 ? 100 : (100 * detected) / valid };
}

/** The report's files, each with its counts and its undetected mutants (where and what). */
export function readReport(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  return Object.entries(report.files).map(([file, { mutants, source }]) => ({
    file,
    counts: count(mutants),
    mutants,
    undetected: mutants.filter((m) => UNDETECTED.has(m.status)).map((m) => ({
      id: m.id,
      status: m.status,
      mutator: m.mutatorName,
      line: m.location.start.line,
      column: m.location.start.column,
      original: originalText(source, m.location),
      replacement: m.replacement,
    })),
  }));
}

function originalText(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join('\n');
}

/** A score as Stryker prints it, two decimals. */
export const percent = (score) => `${score.toFixed(2)} %`;
