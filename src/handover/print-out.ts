// What stays on the normal screen after `q` from a resolution, so the scrollback alone serves
// the ticket: the code, the questions and answers, the values typed, then the whole resolution
// (every page at once) with each step's commands under it in both forms. Prose may be wrapped
// at word boundaries; a command never is, but for PowerShell broken where PowerShell reads on
// to the next line: a mouse selection of it pastes one working command. (No padding for the
// terminal's wrap here, as on screen: the scrollback outlives the window's width.)

import { readableLines } from '../text/command-lines.js';
import { wrap, wrapLines } from '../text/wrap.js';
import { commandLabel, type ShownCommand } from '../wizard/view-model.js';
import type { Env } from './clipboard/environment.js';
import { fieldLabel, type SessionRecord } from './note/record.js';

/** How to print: in colour or not, and the terminal's width (none: the terminal wraps). */
export interface PrintOutOptions {
  color: boolean;
  columns?: number;
}

const SGR = {
  bold: ['\u001B[1m', '\u001B[22m'],
  dim: ['\u001B[2m', '\u001B[22m'],
  green: ['\u001B[32m', '\u001B[39m'],
  magenta: ['\u001B[35m', '\u001B[39m'],
} as const;

/**
 * Colour for the print-out: none with NO_COLOR (no-color.org), none when the CLI turned colour
 * off (--no-color sets FORCE_COLOR=0), none when stdout is not a terminal.
 */
export function printOutColor(env: Env, isTTY: boolean): boolean {
  if ((env.NO_COLOR ?? '') !== '' || env.FORCE_COLOR === '0') return false;
  return isTTY;
}

/** The session's path and resolution as plain text for the normal screen, ending with a newline. */
export function printOut(record: SessionRecord, options: PrintOutOptions): string {
  const paint = (style: keyof typeof SGR, text: string) => (options.color ? `${SGR[style][0]}${text}${SGR[style][1]}` : text);
  const prose = (text: string, indent = '') => (options.columns ? wrap(text, options.columns - 1, indent) : indent + text);
  const INDENT = 3;
  // A numbered line hangs under its text, so the number stands alone at the left edge.
  const numbered = (n: number, text: string) => {
    const mark = `${n}. `.padEnd(INDENT);
    if (!options.columns) return mark + text;
    return wrapLines(text, Math.max(20, options.columns - 1 - mark.length)).map((l, i) => (i === 0 ? mark : ' '.repeat(mark.length)) + l).join('\n');
  };
  // Each command under its full label (a twin too: this is read away from the wizard), a blank
  // line before each command and its twin, so one is easy to select.
  const commandBlock = (commands: readonly ShownCommand[]) =>
    commands.flatMap((c, i) => {
      const label = prose(commandLabel(c.spec), ' '.repeat(INDENT));
      const lines = options.columns ? readableLines(c.text, c.spec.shell, options.columns - INDENT - 1) : [c.text];
      const block = [c.isTwin ? paint('dim', label) : paint(c.spec.changes ? 'magenta' : 'green', label), ...lines.map((l) => ' '.repeat(INDENT) + l)];
      return i > 0 && !c.isTwin ? ['', ...block] : block;
    });

  const r = record.resolution;
  const out: string[] = [];
  if (record.code) out.push(paint('bold', prose(`${record.code}${record.meaning ? ` — ${record.meaning}` : ''}`)));
  if (record.message) out.push(prose(`Windows says: “${record.message}”`));
  if (record.path.length > 0) {
    out.push('', paint('bold', 'The path:'), ...record.path.map((p, i) => numbered(i + 1, `${p.question} — ${p.answer}`)));
  }
  const typed = Object.entries(record.values);
  if (typed.length > 0) out.push('', paint('bold', 'Values typed:'), ...typed.map(([name, value]) => prose(`- ${fieldLabel(name)}: ${value}`)));
  if (out.length > 0) out.push('');
  out.push(paint('bold', paint('green', prose(`Resolution: ${r.title}`))), '', prose(`${r.lead}: ${r.cause}`));
  if (r.summary) out.push('', prose(r.summary));
  r.steps.forEach((s, i) => out.push('', numbered(i + 1, s.text), ...commandBlock(s.commands)));
  if (r.commands.length > 0) out.push('', paint('bold', 'Commands:'), ...commandBlock(r.commands));
  if (r.verify.length > 0) {
    out.push('', paint('bold', 'Check that it worked:'));
    r.verify.forEach((v, i) => {
      out.push(numbered(i + 1, v.text), ...commandBlock(v.commands));
      if (v.expect) out.push(prose(`Success looks like: ${v.expect}`, '   '));
    });
  }
  return out.join('\n') + '\n';
}
