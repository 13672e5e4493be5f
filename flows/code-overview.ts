// The flow for a code where nothing decides the fix: the first screen (the code card) shows
// the message, the cause and the first read-only command, then says plainly why there is
// nothing to ask, and offers the fix, or the symptom questions when the code does not match.

import { findError } from '../src/catalog/catalog.js';
import { catalogResolution, handoff, lookUpCodeState, question } from './lib/builders.js';
import { contextFromInput, type FlowInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';
import { NOT_CHECKED } from './lib/read-first.js';

const machine = () => flowSetup.createMachine({
  id: 'code-overview',
  context: ({ input }: { input: FlowInput | undefined }) => {
    const context = contextFromInput({ input });
    const why = context.code ? findError(context.code)?.whyNoQuestions : undefined;
    return { ...context, answers: { ...context.answers, whyNoQuestions: why ?? 'The cause above has a single fix.' } };
  },
  initial: 'overview',
  states: {
    overview: {
      meta: question({
        title: 'Nothing else decides the fix',
        body: ['{whyNoQuestions}'],
        options: [
          { label: 'Show me the fix', event: 'FIX' },
          { label: 'This does not match what I see: ask me about the machine', event: 'SYMPTOMS' },
          { label: 'The machine shows another code: look that one up', event: 'OTHER_CODE' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'Compare the code with the "Notification Reason" line and the error slmgr printed. If they show another code, look that one up. Not checked? The fix starts with its own checks.',
        },
      }),
      // The fix starts with its read-only checks, which show whether the code matches.
      on: { FIX: 'fix', SYMPTOMS: 'symptoms', OTHER_CODE: 'otherCode', NOT_CHECKED: 'fix' },
    },
    fix: { type: 'final', meta: catalogResolution() },
    symptoms: { type: 'final', meta: handoff('triage', 'channel') },
    otherCode: lookUpCodeState(),
  },
});

/** The generic flow for a catalog code that needs no questions. */
export const codeOverviewFlow = defineFlow({ id: 'code-overview', title: 'Error code', machine, derived: ['whyNoQuestions'] });
