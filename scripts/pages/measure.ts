// Counts the pages every resolution takes in the wizard's default view (cmd) or the PowerShell one, at 60×20 and 80×24:
// each flow resolution (reached by walking its machine) and each code's catalog resolution.
// Run through scripts/pages.mjs, which bundles this file; it prints figures and asserts nothing.

import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { getCatalog } from '../../src/catalog/catalog.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { startSession, stepOf, type Session, type WindowSize } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import type { FlowContext, FlowInput } from '../../flows/lib/context.js';
import { fieldSpec } from '../../src/input/fields.js';

/** Every event a screen can send: its options, its field's samples, its next step. */
function screenEvents(state: AnyMachineSnapshot) {
  const step = stepOf(state);
  if (step.kind === 'question') return step.options.map((o) => ({ type: o.event }));
  if (step.kind === 'input') {
    const spec = fieldSpec(step.field);
    return spec.samples.flatMap((sample: string) => {
      const r = spec.validate(sample, (state.context as FlowContext).answers);
      return r.ok ? [{ type: 'ANSWER', values: r.value }] : [];
    });
  }
  if (step.kind === 'resolution' && step.next) return [{ type: step.next.event }];
  return [];
}

export interface PageCount {
  name: string;
  title: string;
  pages: Record<string, number>;
}

const SIZES: WindowSize[] = [{ columns: 60, rows: 20 }, { columns: 80, rows: 24 }];

function pagesOf(flow: FlowId, snapshot: AnyMachineSnapshot, size: WindowSize, view: 'cmd' | 'powershell'): number {
  const base = startSession({ size }, view);
  const s: Session = { ...base, frames: [{ id: 0, flow, snapshot, codeIntro: false }] };
  return buildScreen(s).pages;
}

/** The page counts of every resolution a walk of every flow reaches, with every code it serves. */
export function measure(view: 'cmd' | 'powershell' = 'cmd'): PageCount[] {
  const out = new Map<string, PageCount>();
  for (const flow of Object.keys(FLOWS) as FlowId[]) {
    const codes = getCatalog().errors.filter((e) => e.flow === flow).map((e) => e.code);
    for (const input of [{}, ...codes.map((code) => ({ code }))] as FlowInput[]) {
      const paths = getShortestPaths(FLOWS[flow].machine, {
        input,
        events: screenEvents as never,
        serializeState: (s) => JSON.stringify([s.value, (s.context as FlowContext).code]),
      });
      for (const p of paths) {
        const step = stepOf(p.state);
        if (step.kind !== 'resolution' && step.kind !== 'catalog-resolution') continue;
        const code = (p.state.context as FlowContext).code;
        const name = step.kind === 'resolution' ? `${flow} ${JSON.stringify(p.state.value)}` : `catalog ${code}`;
        if (out.has(name)) continue;
        const title = step.kind === 'resolution' ? step.title : `${code}`;
        const pages: Record<string, number> = {};
        for (const size of SIZES) pages[`${size.columns}x${size.rows}`] = pagesOf(flow, p.state, size, view);
        out.set(name, { name, title, pages });
      }
    }
  }
  return [...out.values()];
}

/** The text of every page of the resolution named `name` (as measure() names it), for a look. */
export function pagesText(name: string, size: WindowSize, view: 'cmd' | 'powershell' | 'both' = 'both'): string[] {
  for (const flow of Object.keys(FLOWS) as FlowId[]) {
    const codes = getCatalog().errors.filter((e) => e.flow === flow).map((e) => e.code);
    for (const input of [{}, ...codes.map((code) => ({ code }))] as FlowInput[]) {
      const paths = getShortestPaths(FLOWS[flow].machine, {
        input, events: screenEvents as never, serializeState: (s) => JSON.stringify([s.value, (s.context as FlowContext).code]),
      });
      for (const p of paths) {
        const step = stepOf(p.state);
        // Only a resolution is looked at (a code-overview question is named like its catalog entry).
        if (step.kind !== 'resolution' && step.kind !== 'catalog-resolution') continue;
        const code = (p.state.context as FlowContext).code;
        const n = step.kind === 'resolution' ? `${flow} ${JSON.stringify(p.state.value)}` : `catalog ${code}`;
        if (n !== name) continue;
        const base: Session = { ...startSession({ size }, view), frames: [{ id: 0, flow, snapshot: p.state, codeIntro: false }] };
        const first = buildScreen(base);
        const out: string[] = [];
        for (let page = 0; page < first.pages; page++) {
          const screen = buildScreen({ ...base, page });
          out.push(screen.parts.flatMap((part) => (part.kind === 'lines' ? part.lines.map((l) => l.text) : [`[${part.kind}]`])).join('\n'));
        }
        return out;
      }
    }
  }
  return [];
}
