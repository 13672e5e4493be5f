// Every flow by id. Adding a flow: write flows/<id>.ts, add its id to flows/ids.ts and a
// line here; the wizard UI needs no change.

import type { FlowId } from './ids.js';
import type { FlowDefinition } from './lib/define.js';
import { triageFlow } from './triage.js';
import { codeOverviewFlow } from './code-overview.js';
import { keyLookupFlow } from './key-lookup.js';
import { dnsSrvFlow } from './dns-srv.js';
import { srvCreateFlow } from './srv-create.js';
import { port1688Flow } from './port-1688.js';
import { kmsCountFlow } from './kms-count.js';
import { clockSkewFlow } from './clock-skew.js';
import { kmsContactFlow } from './kms-contact.js';
import { productKeyFlow } from './product-key.js';
import { makFlow } from './mak.js';
import { kmsHostFlow } from './kms-host.js';
import { elevationFlow } from './elevation.js';
import { hardwareToleranceFlow } from './hardware-tolerance.js';
import { graceGenuineFlow } from './grace-genuine.js';
import { biosMarkerFlow } from './bios-marker.js';
import { licenseStoreFlow } from './license-store.js';
import { proceduresFlow } from './procedures.js';

/** The flows the wizard can run, by id. */
export const FLOWS: Record<FlowId, FlowDefinition> = {
  'triage': triageFlow,
  'code-overview': codeOverviewFlow,
  'key-lookup': keyLookupFlow,
  'dns-srv': dnsSrvFlow,
  'srv-create': srvCreateFlow,
  'port-1688': port1688Flow,
  'kms-count': kmsCountFlow,
  'clock-skew': clockSkewFlow,
  'kms-contact': kmsContactFlow,
  'product-key': productKeyFlow,
  'mak': makFlow,
  'kms-host': kmsHostFlow,
  'elevation': elevationFlow,
  'hardware-tolerance': hardwareToleranceFlow,
  'grace-genuine': graceGenuineFlow,
  'bios-marker': biosMarkerFlow,
  'license-store': licenseStoreFlow,
  'procedures': proceduresFlow,
};
