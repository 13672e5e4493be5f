// Pure helpers between a step and its screen: which commands to show for the chosen view, and
// how to label them.

import { resolveCommand } from '../catalog/catalog.js';
import { fillTemplate, type TemplateValues } from '../text/fill.js';
import type { CommandItem, CommandSpec, Shell, Where } from '../../flows/step.js';
import type { CommandView } from './session.js';

/** A command ready to show: every placeholder filled (or visibly `<unknown>`). */
export interface ShownCommand {
  spec: CommandSpec;
  text: string;
  /** This is the PowerShell twin of the command before it. */
  isTwin: boolean;
  /** The template names no value was given for (their `<placeholders>` show in `text`). */
  missing: string[];
}

const fillSpec = (spec: CommandSpec, values: TemplateValues, isTwin: boolean): ShownCommand => {
  const { text, missing } = fillTemplate(spec.text, values);
  return { spec, text, isTwin, missing };
};

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
  'reference-pc': 'on the reference PC (the image\'s source)',
  any: 'anywhere',
};

/**
 * The label above a command: shell, where to run it, whether it needs an elevated prompt and
 * whether it changes anything, then what it is for. Every command carries its whole label,
 * a PowerShell twin too: in a PowerShell-only view it stands alone, and even under its cmd
 * form it must not read as if it belonged to the command above it.
 */
export function commandLabel(spec: CommandSpec): string {
  const parts = [SHELL[spec.shell], WHERE[spec.where]];
  if (spec.elevated) parts.push('elevated');
  parts.push(spec.changes ? 'CHANGES the machine' : 'read-only');
  return `${parts.join(' · ')} — ${spec.purpose}`;
}

const WHERE_SHORT: Record<Where, string> = {
  client: 'client',
  'kms-host': 'KMS host',
  'dns-server': 'DNS server',
  'reference-pc': 'reference PC',
  any: 'any machine',
};

/**
 * The label above a command under a resolution's step: shell, machine, elevated or not, and
 * read-only or CHANGES the machine — on every command — then what it is for where the step has
 * several (with one, the step's own text says it).
 */
export function shortLabel(spec: CommandSpec, withPurpose: boolean): string {
  const parts = [SHELL[spec.shell], WHERE_SHORT[spec.where]];
  if (spec.elevated) parts.push('elevated');
  parts.push(spec.changes ? 'CHANGES the machine' : 'read-only');
  return withPurpose ? `${parts.join(' · ')} — ${spec.purpose}` : parts.join(' · ');
}
