// The order Stryker's vitest runs test files in: smallest file first. Each mutant stops at its
// first failing test (bail), and a static mutant (one in a table or regular expression built when
// the module loads) runs every test file of its group: the short, focused files usually fail
// first, so the slow walks through the wizard run only for the mutants nothing else catches.

import { statSync } from 'node:fs';
import { BaseSequencer } from 'vitest/node';

export class FastFirstSequencer extends BaseSequencer {
  async sort(files) {
    const size = (spec) => statSync(spec.moduleId).size;
    return [...files].sort((a, b) => size(a) - size(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
