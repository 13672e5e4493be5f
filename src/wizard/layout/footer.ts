// The line of keys at the bottom of every screen: only keys that work there, and the few that
// matter most; `?` (F1 in a field) lists every key of the screen (keys-list.ts).

import type { Step } from '../../../flows/step.js';
import type { CommandView } from '../session.js';

/** What the footer needs to know about the screen. */
export interface FooterState {
  /** The screen's kind, or 'keys' while the list of keys is open. */
  kind: Step['kind'] | 'keys';
  view: CommandView;
  page: number;
  pages: number;
  /** The resolution offers a next step (Enter follows it). */
  hasNext?: boolean;
  /** The resolution has commands to highlight and copy. */
  hasCommands?: boolean;
  /** The question or field has "How do I find out?". */
  hasHelp?: boolean;
  /** A typed answer this computer can look up (Ctrl+T). */
  hasProbe?: boolean;
  /** There is a screen to go back to (not on the first one). */
  canGoBack?: boolean;
  /** A found answer waits for Enter. */
  pending?: boolean;
  /** An error code is being typed at a question (Enter looks it up). */
  typing?: boolean;
  /** A short window: only the keys needed to go on. */
  compact?: boolean;
  /** The window's width: in a narrow one, keys the list of keys also names are left out to keep one row. */
  columns?: number;
  /** The script "Read this computer" would run is shown, waiting for Enter. */
  preview?: boolean;
  /** A field that "Read this computer" can answer (Ctrl+R). */
  readLocal?: boolean;
}

/** Keys left out first when the row is too narrow (each also in the list of keys). */
const SPARE = ['Esc back', 'q quit', 'h help'];

/** The parts joined, leaving out spare ones until they fit one row of `columns`. */
function oneRow(parts: string[], columns = Number.POSITIVE_INFINITY): string {
  let kept = parts;
  for (const spare of SPARE) {
    if (kept.join(' · ').length <= columns - 1) break;
    kept = kept.filter((p) => p !== spare);
  }
  return kept.join(' · ');
}

/** What `p` switches to, named as what it does. */
const other = (view: CommandView) => (view === 'powershell' ? 'p cmd' : 'p PowerShell');

/** The keys of a screen, joined for one footer line (wrapped only when even the needed ones do not fit). */
export function footerText(f: FooterState): string {
  return oneRow(footerParts(f), f.columns);
}

/** The keys that turn the page from here: forward on the first, back on the last, both between. */
function pageKeys(f: FooterState): string {
  const [back, forward] = f.kind === 'input' ? ['PgUp', 'PgDn'] : ['←', '→'];
  if (f.page === 0) return forward;
  if (f.page === f.pages - 1) return back;
  return f.kind === 'input' ? `${back}/${forward}` : `${back}${forward}`;
}

function footerParts(f: FooterState): string[] {
  const turn = f.pages > 1 ? [`${pageKeys(f)} page ${f.page + 1}/${f.pages}`] : [];
  const back = f.canGoBack ? ['Esc back'] : [];
  if (f.kind === 'keys') return [...turn, 'Esc close this list', 'q quit'];
  if (f.preview) return [...turn.map((t) => t.replace(/^PgUp\/PgDn/, '←→').replace(/^PgDn/, '→').replace(/^PgUp/, '←')), 'Enter run it', 'Esc back, nothing run', 'q quit'];
  if (f.pending) return ['Enter take it', 'Esc leave it open', '? keys'];
  if (f.typing) return ['0-9 A-F the code', 'Enter look it up', 'Backspace', 'Esc drop it'];
  if (f.kind === 'input') {
    if (f.compact) return [...turn, 'Enter confirm', ...back, 'F1 keys'];
    return [...turn, 'Enter confirm', ...(f.hasHelp ? ['Tab how do I find out?'] : []), ...(f.hasProbe ? ['Ctrl+T check from this computer'] : []), ...(f.readLocal ? ['Ctrl+R read this computer'] : []), ...back, 'F1 keys'];
  }
  if (f.kind === 'question') {
    if (f.compact) return [...turn, '↑↓ Enter choose', ...back, '? keys'];
    return [...turn, '↑↓ Enter choose', ...(f.hasHelp ? ['h help'] : []), ...back, '? keys', 'q quit'];
  }
  if (f.compact) return [...turn, ...(f.hasNext ? ['Enter next'] : []), ...(f.hasCommands ? ['c copy'] : []), '? keys', 'q quit'];
  return [
    ...turn,
    ...(f.hasNext ? ['Enter next step'] : []),
    ...(f.hasCommands ? ['↑↓ c copy', 's save'] : ['s save']),
    other(f.view),
    ...back,
    '? keys',
    'q quit',
  ];
}
