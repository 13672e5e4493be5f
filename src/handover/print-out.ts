// What stays on the normal screen after `q` from a resolution: the whole resolution (every
// page at once), as plain text, so it is in the terminal's scrollback once the wizard is gone.
// Prose may be wrapped at word boundaries; a command never is: each stands whole on its own
// line under its label, so a mouse selection of that line pastes one working command.

import { wrap } from '../text/wrap.js';
import type { TemplateValues } from '../text/fill.js';
import type { CommandView } from '../wizard/session.js';
import { commandLabel, type ShownCommand } from '../wizard/view-model.js';
import type { Env } from './clipboard/environment.js';
import { fillResolution, type HandoverResolution } from './resolution.js';

/** How to print: in colour or not, and the width to wrap prose at (none: the terminal wraps). */
export interface PrintOutOptions {
  color: boolean;
  columns?: number;
}

const SGR = {
  bold: ['\u001B[1m', '\u001B[22m'],
  dim: ['\u001B[2m', '\u001B[22m'],
  green: ['\u001B[32m', '\u001B[39m'],
  yellow: ['\u001B[33m', '\u001B[39m'],
} as const;

/**
 * Colour for the print-out: none with NO_COLOR (no-color.org), none when the CLI turned colour
 * off (--no-color sets FORCE_COLOR=0), none when stdout is not a terminal.
 */
export function printOutColor(env: Env, isTTY: boolean): boolean {
  if ((env.NO_COLOR ?? '') !== '' || env.FORCE_COLOR === '0') return false;
  return isTTY;
}

/** The resolution as plain text for the normal screen, ending with a newline. */
export function printOut(content: HandoverResolution, values: TemplateValues, view: CommandView, options: PrintOutOptions): string {
  const paint = (style: keyof typeof SGR, text: string) => (options.color ? `${SGR[style][0]}${text}${SGR[style][1]}` : text);
  const prose = (text: string, indent = '') => (options.columns ? wrap(text, options.columns - 1, indent) : indent + text);
  // A blank line between commands (a twin stays with its command): easier to select one.
  const commandLines = (commands: readonly ShownCommand[]) =>
    commands.flatMap((c, i) => {
      const label = commandLabel(c.spec);
      const lines = [c.isTwin ? paint('dim', label) : paint(c.spec.changes ? 'yellow' : 'green', label), c.text];
      return i > 0 && !c.isTwin ? ['', ...lines] : lines;
    });

  const r = fillResolution(content, values, view);
  const out = [paint('bold', paint('green', `Resolution: ${r.title}`)), '', prose(`${r.lead}: ${r.cause}`)];
  if (r.summary) out.push('', prose(r.summary));
  if (r.steps.length > 0) out.push('', ...r.steps.map((s, i) => prose(`${i + 1}. ${s}`)));
  if (r.commands.length > 0) out.push('', paint('bold', 'Commands, read-only checks first:'), ...commandLines(r.commands));
  if (r.verify.length > 0) {
    out.push('', paint('bold', 'Check that it worked:'));
    r.verify.forEach((v, i) => {
      out.push(prose(`${i + 1}. ${v.text}`), ...commandLines(v.commands));
      if (v.expect) out.push(prose(`Success looks like: ${v.expect}`, '   '));
    });
  }
  return out.join('\n') + '\n';
}
