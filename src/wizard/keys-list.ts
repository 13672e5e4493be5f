// The list of keys a screen answers to (`?`, or F1 anywhere, even in a field): every key of the
// current screen, said in a junior's words. The footer names only the few that matter most.

import type { Step } from '../../flows/step.js';
import type { Key } from '../terminal/keys.js';
import type { CommandView } from './session.js';

/** What the list needs to know about the screen. */
export interface KeysFor {
  kind: Step['kind'];
  /** A question with "How do I find out?". */
  hasHelp?: boolean;
  /** A live check can answer it (Ctrl+T in a field; a choice on a question). */
  hasProbe?: boolean;
  /** Pasted output can answer it. */
  reads?: boolean;
  /** The resolution offers a next step. */
  hasNext?: boolean;
  /** There is a screen to go back to. */
  canGoBack: boolean;
  /** An answer found for the technician waits for Enter. */
  pending?: boolean;
  /** "Read this computer" can answer this field (Ctrl+R). */
  readLocal?: boolean;
  view: CommandView;
}

/** The terminal's sequences for F1 (xterm, VT220, the Linux console): the keys list in a field too. */
const F1 = new Set(['\u001BOP', '\u001B[11~', '\u001B[[A', '\u001B[1P']);

/** True for F1, which the key reader passes on as a sequence it has no name for. */
export const isF1 = (key: Key): boolean => key.kind === 'ignored' && F1.has(key.sequence);

/** The keys of a screen, each with what it does. */
export function screenKeys(k: KeysFor): [string, string][] {
  const other = k.view === 'powershell' ? 'cmd (slmgr)' : 'PowerShell';
  const leave: [string, string][] = [
    ...(k.canGoBack ? [['Esc', 'back one step, the earlier answer highlighted'] as [string, string]] : []),
    ['r, then r again', 'start over (every answer is dropped)'],
    ['q', 'quit'],
    ['Ctrl+C', 'quit at once'],
    ['Ctrl+L', 'draw the screen again'],
  ];
  if (k.pending) {
    return [['Enter', 'take what was found as the answer'], ['Esc', 'leave the question open and answer it yourself'], ['q', 'quit']];
  }
  if (k.kind === 'input') {
    return [
      ['Enter', 'confirm what you typed'],
      ['Tab', 'How do I find out? (the command that shows it)'],
      ...(k.hasProbe ? [['Ctrl+T', 'look it up from this computer (you confirm with Enter)'] as [string, string]] : []),
      ...(k.readLocal ? [['Ctrl+R', 'read this computer (read-only): shows the script, runs it after Enter'] as [string, string]] : []),
      ['←/→, Home/End', 'move in the text (also Ctrl+A / Ctrl+E)'],
      ['Backspace, Delete', 'delete a character; Ctrl+W a word, Ctrl+U all before the caret'],
      ...(k.reads ? [['paste', 'paste command output: it is read for the answer'] as [string, string]] : []),
      ['PgUp/PgDn', 'turn the page when the text above is long'],
      ['F1', 'this list'],
      ...(k.canGoBack ? [['Esc', 'back one step, the earlier answer ready to edit'] as [string, string]] : []),
      ['Ctrl+C', 'quit'],
    ];
  }
  if (k.kind === 'question') {
    return [
      ['↑/↓ or a digit', 'highlight a choice'],
      ['Enter', 'choose it'],
      ['0x…', 'type an error code (0xC004F074): Enter looks it up'],
      ...(k.hasHelp ? [['h', 'How do I find out? (the command that shows it)'] as [string, string]] : []),
      ...(k.reads ? [['paste', 'paste command output: it is read for the answer'] as [string, string]] : []),
      ['←/→, PgUp/PgDn', 'turn the page when the text above is long'],
      ['p', `show commands as ${other}`],
      ['?', 'this list'],
      ...leave,
    ];
  }
  return [
    ['↑/↓, Tab', 'highlight a command (the page follows it)'],
    ['c', 'copy the highlighted command'],
    ['a', 'copy every command'],
    ['s', 'save a note for the ticket'],
    ['p', `show commands as ${other}`],
    ['→/←, PgDn/PgUp, Space', 'turn the page'],
    ...(k.hasNext ? [['Enter', 'go on to the next step, the answers kept'] as [string, string]] : []),
    ['?', 'this list'],
    ...leave.map(([key, what]): [string, string] => (key === 'q' ? ['q', 'quit; the path and the resolution stay on screen'] : [key, what])),
  ];
}
