// Mutation testing of the command flags in data/ and in the flows, through the safety table: each
// form of each command the tool shows, with one flag turned over (changes, elevated) or its
// registry key misspelt, must make the safety table complain somewhere it is shown. Stryker
// mutates code, not JSON: this does for the data what it does for the code.

import type { CommandSpec } from '../../flows/step.js';
import { safetyProblems } from './safety-problems.js';
import type { ShownEntry } from './shown-commands.js';

/** One mutant of one command form. */
export interface FlagMutant {
  /** The command form (its text) and what was changed. */
  text: string;
  change: 'changes' | 'elevated' | 'registry key';
  /** From → to, as the flag reads ("changes: true → false"). */
  what: string;
  killed: boolean;
}

const MUTATIONS: { change: FlagMutant['change']; applies: (s: CommandSpec) => boolean; mutate: (s: CommandSpec) => CommandSpec; what: (s: CommandSpec) => string }[] = [
  { change: 'changes', applies: () => true, mutate: (s) => ({ ...s, changes: !s.changes }), what: (s) => `changes: ${s.changes} → ${!s.changes}` },
  { change: 'elevated', applies: () => true, mutate: (s) => ({ ...s, elevated: !s.elevated }), what: (s) => `elevated: ${s.elevated} → ${!s.elevated}` },
  {
    change: 'registry key',
    applies: (s) => /HKLM|HKEY_LOCAL_MACHINE/.test(s.text),
    mutate: (s) => ({ ...s, text: s.text.replace('SoftwareProtectionPlatform', 'SoftwareProtectionPlatfrom').replace('Enum\\Root', 'Enum\\Roots') }),
    what: () => 'key misspelt',
  },
];

/**
 * Every flag mutant of every command form in `entries` (allShownCommands()): a form is mutated
 * wherever it is shown, and the mutant is killed when the safety table finds a problem in any of
 * those places that it did not find before.
 */
export function flagMutants(entries: readonly ShownEntry[]): FlagMutant[] {
  const byText = new Map<string, ShownEntry[]>();
  for (const e of entries) byText.set(e.spec.text, [...(byText.get(e.spec.text) ?? []), e]);
  const out: FlagMutant[] = [];
  for (const [text, shown] of byText) {
    const before = shown.flatMap(safetyProblems).length;
    const spec = shown[0]!.spec;
    for (const m of MUTATIONS.filter((m) => m.applies(spec))) {
      // The same form can carry other flags elsewhere (a re-aimed library command): turn each over.
      const after = shown.flatMap((e) => safetyProblems({ ...e, spec: m.mutate(e.spec) })).length;
      out.push({ text, change: m.change, what: m.what(spec), killed: after > before });
    }
  }
  return out;
}
