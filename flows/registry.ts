// Every flow by id. Adding a flow: write flows/<id>.ts, add its id to flows/ids.ts and a
// line here; the wizard UI needs no change.

import type { FlowId } from './ids.js';
import type { FlowDefinition } from './lib/define.js';
import { triageFlow } from './triage.js';
import { codeOverviewFlow } from './code-overview.js';
import { keyLookupFlow } from './key-lookup.js';

/** The flows the wizard can run, by id. */
export const FLOWS: Record<FlowId, FlowDefinition> = {
  triage: triageFlow,
  'code-overview': codeOverviewFlow,
  'key-lookup': keyLookupFlow,
};
