// Pure helpers between a step and its screen: which commands to show for the chosen view,
// how to label them, and how to split a long resolution into pages that fit the window.

import { resolveCommand } from '../catalog/catalog.js';
import { fill, type TemplateValues } from '../text/fill.js';
import { wrap } from '../text/wrap.js';
import type { CommandItem, CommandSpec, Shell, Where } from '../../flows/step.js';
import type { CommandView } from './session.js';

/** A command ready to show: every placeholder filled (or visibly `<unknown>`). */
export interface ShownCommand {
  spec: CommandSpec;
  text: string;
  /** This is the PowerShell twin of the command before it. */
  isTwin: boolean;
}

const fillSpec = (spec: CommandSpec, values: TemplateValues, isTwin: boolean): ShownCommand => ({
  spec,
  text: fill(spec.text, values),
  isTwin,
});

/** The commands to show for the technician's view: slmgr/cmd, PowerShell, or both. */
export function shownCommands(items: readonly CommandItem[], values: TemplateValues, view: CommandView): ShownCommand[] {
  const shown: ShownCommand[] = [];
  for (const item of items) {
    const spec = resolveCommand(item);
    const twin = spec.twin;
    if (!twin || view === 'both') {
      shown.push(fillSpec(spec, values, false));
      if (twin) shown.push(fillSpec(twin, values, true));
    } else {
      shown.push(view === 'powershell' ? fillSpec(twin, values, true) : fillSpec(spec, values, false));
    }
  }
  return shown;
}

const SHELL: Record<Shell, string> = {
  cmd: 'cmd',
  powershell: 'PowerShell',
  sh: 'Linux shell',
  text: 'text to paste into a file',
};

const WHERE: Record<Where, string> = {
  client: 'on the client',
  'kms-host': 'on the KMS host',
  'dns-server': 'on the DNS server',
  any: 'anywhere',
};

/**
 * The label line above a command: shell, where to run it, whether it needs an elevated
 * prompt and whether it changes anything, then what it is for. A twin's label is short:
 * it runs in the same place with the same rights.
 */
export function commandLabel(spec: CommandSpec, isTwin = false): string {
  if (isTwin) return '  the same in PowerShell:';
  const parts = [SHELL[spec.shell], WHERE[spec.where]];
  if (spec.elevated) parts.push('elevated');
  parts.push(spec.changes ? 'CHANGES the machine' : 'read-only');
  return `${parts.join(' · ')} — ${spec.purpose}`;
}

/** Rows a paragraph takes when Prose wraps it at word boundaries. */
export function proseRows(text: string, columns: number): number {
  return wrap(text, columns - 1).split('\n').length;
}

/** Rows a command takes when the terminal wraps it softly. */
export function commandRows(text: string, columns: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, columns)));
}

/** Rows shown commands take on screen: each a label line and its softly wrapped text. */
export function commandListRows(commands: readonly ShownCommand[], columns: number): number {
  return commands.reduce((n, c) => n + 1 + commandRows(c.text, columns), 0);
}

/** Splits blocks (each with its height in rows) into pages of at most `budget` rows. */
export function paginate<T>(blocks: readonly T[], height: (b: T) => number, budget: number): T[][] {
  const pages: T[][] = [[]];
  let used = 0;
  for (const block of blocks) {
    const h = height(block);
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + h > budget) {
      pages.push([block]);
      used = h;
    } else {
      page.push(block);
      used += h;
    }
  }
  return pages;
}
