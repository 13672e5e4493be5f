// The safety table against the flags a command carries: what is wrong with one shown command, in
// words a failing test prints. Kept apart from the table so a test can hand it a command whose
// flags were changed and see that it says so.

import { commandLabel } from '../../src/wizard/view-model.js';
import { classify, registryProblems } from './command-safety.js';
import type { ShownEntry } from './shown-commands.js';

/** What is wrong with a shown command's flags, its label and its registry paths ([] if nothing). */
export function safetyProblems({ where, role, spec }: ShownEntry): string[] {
  const verdict = classify(spec.text, spec.shell);
  const why = verdict.actions.map((a) => a.what).join(', ');
  const at = `${where}: \`${spec.text}\``;
  const problems = verdict.unknown.map((w) => `${at}: the safety table does not know "${w}" (test/support/command-effects.ts)`);
  if (verdict.changes && !spec.changes) problems.push(`${at} is marked read-only, but it changes the machine (${why})`);
  if (!verdict.changes && spec.changes && verdict.unknown.length === 0) problems.push(`${at} is marked as changing the machine, but it only looks (${why})`);
  if (verdict.elevation === 'required' && !spec.elevated) problems.push(`${at} needs an elevated prompt (${why}), but is not marked elevated`);
  if (verdict.elevation === 'none' && spec.elevated) problems.push(`${at} is marked elevated, but nothing in it needs an elevated prompt (${why})`);
  if (role === 'check' && (verdict.changes || spec.changes)) problems.push(`${at} is a "Check that it worked" command, which must only look`);
  problems.push(...registryProblems(spec.text).map((p) => `${at} ${p}`));
  // What the technician reads above the command says the same as its flags.
  // The flags part of the label, before the purpose (which may use the same words).
  const label = commandLabel(spec).split(' — ')[0]!;
  if (label.includes('CHANGES the machine') !== spec.changes || label.includes('read-only') === spec.changes) problems.push(`${at}: its label "${label}" does not say whether it changes the machine`);
  if (/\belevated\b/.test(label) !== spec.elevated) problems.push(`${at}: its label "${label}" does not say whether it needs an elevated prompt`);
  return problems;
}
