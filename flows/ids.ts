// The ids of every flow in flows/registry.ts. Kept apart from the machines so the catalog
// can check its `flow` names without loading XState (the non-interactive commands stay light).

/** Every flow the wizard can run. */
export const FLOW_IDS = [
  'triage',
  'code-overview',
  'key-lookup',
  'dns-srv',
  'srv-create',
  'port-1688',
  'kms-count',
  'clock-skew',
  'kms-contact',
  'product-key',
  'mak',
  'kms-host',
  'elevation',
  'hardware-tolerance',
  'grace-genuine',
  'bios-marker',
  'license-store',
  'procedures',
] as const;

/** The id of one flow. */
export type FlowId = (typeof FLOW_IDS)[number];

/** True when `id` names a flow. */
export function isFlowId(id: string): id is FlowId {
  return (FLOW_IDS as readonly string[]).includes(id);
}
