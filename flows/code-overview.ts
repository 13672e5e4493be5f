// The flow for a code that needs no questions: the wizard's first screen already shows
// the code's message, its cause and the first read-only command (the code card); this
// flow then offers the catalog's resolution, or the symptom questions when the code
// does not match what the technician sees.

import { catalogResolution, handoff, question } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

const machine = flowSetup.createMachine({
  id: 'code-overview',
  context: contextFromInput,
  initial: 'overview',
  states: {
    overview: {
      meta: question({
        title: 'Does this match what you see?',
        options: [
          { label: 'Yes: show me how to fix it', event: 'FIX' },
          { label: 'No: ask me about the machine instead', event: 'SYMPTOMS' },
        ],
      }),
      on: { FIX: 'fix', SYMPTOMS: 'symptoms' },
    },
    fix: { type: 'final', meta: catalogResolution() },
    symptoms: { type: 'final', meta: handoff('triage', 'channel') },
  },
});

/** The generic flow for a catalog code. */
export const codeOverviewFlow = defineFlow({ id: 'code-overview', title: 'Error code', machine });
