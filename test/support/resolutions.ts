// Every resolution step of every flow, read off the machines' state definitions (not by
// walking them), so a test can check a property of all of them: e.g. that each says how to
// check it worked (`verify`).

import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import type { ResolutionStep, Step } from '../../flows/step.js';

/** A resolution step and where it is defined. */
export interface FlowResolution {
  flow: FlowId;
  /** The state's dotted path in its machine ("noRecord.publishingOff"). */
  state: string;
  step: ResolutionStep;
}

interface StateNodeLike {
  path: string[];
  meta?: unknown;
  states: Record<string, StateNodeLike>;
}

const isStep = (meta: unknown): meta is Step => typeof meta === 'object' && meta !== null && 'kind' in meta;

/** Every `resolution` step of every registered flow (catalog resolutions are the catalog's). */
export function allResolutions(): FlowResolution[] {
  const found: FlowResolution[] = [];
  for (const [flow, definition] of Object.entries(FLOWS) as [FlowId, (typeof FLOWS)[FlowId]][]) {
    const walk = (node: StateNodeLike) => {
      if (isStep(node.meta) && node.meta.kind === 'resolution') found.push({ flow, state: node.path.join('.'), step: node.meta });
      Object.values(node.states).forEach(walk);
    };
    walk(definition.machine.root as unknown as StateNodeLike);
  }
  return found;
}
