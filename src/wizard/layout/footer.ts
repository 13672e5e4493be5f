// The line of keys at the bottom of every screen: only the keys that work there.

import type { Step } from '../../../flows/step.js';
import type { CommandView } from '../session.js';

const VIEW_NAMES: Record<CommandView, string> = {
  both: 'cmd+PowerShell',
  cmd: 'cmd only',
  powershell: 'PowerShell only',
};

/** What the footer needs to know about the screen. */
export interface FooterState {
  kind: Step['kind'];
  view: CommandView;
  page: number;
  pages: number;
  /** The resolution offers a next step (Enter follows it). */
  hasNext?: boolean;
  /** The resolution has commands to highlight and copy. */
  hasCommands?: boolean;
  /** A typed answer this computer can look up (Ctrl+T). */
  hasProbe?: boolean;
  /** A short window: only the keys needed to go on. */
  compact?: boolean;
}

/** The keys of a screen, joined for one (wrapped) footer line. */
export function footerText({ kind, view, page, pages, hasNext, hasCommands, hasProbe, compact }: FooterState): string {
  const paging = pages > 1 ? [`PgUp/PgDn page ${page + 1} of ${pages}`] : [];
  if (compact) {
    const turn = pages > 1 ? [`${kind === 'input' || kind === 'question' ? 'PgDn' : '→'} ${page + 1}/${pages}`] : [];
    if (kind === 'input') return [...turn, 'Enter confirm', 'Esc back', 'Ctrl+C quit'].join(' · ');
    if (kind === 'question') return [...turn, '↑↓ Enter choose', 'Esc back', 'q quit'].join(' · ');
    return [...turn, ...(hasNext ? ['Enter next'] : []), ...(hasCommands ? ['c copy'] : []), 'Esc back', 'q quit'].join(' · ');
  }
  if (kind === 'input') {
    return [...paging, 'Enter confirm', ...(hasProbe ? ['Ctrl+T look it up from this computer'] : []), 'Tab how do I find out?', 'Esc back', 'Ctrl+C quit'].join(' · ');
  }
  if (kind === 'question') {
    return [...paging, '↑↓ Enter choose', 'Esc back', `p ${VIEW_NAMES[view]}`, 'r restart', 'q quit'].join(' · ');
  }
  return [
    ...(pages > 1 ? [`←/→ page ${page + 1} of ${pages}`] : []),
    ...(hasNext ? ['Enter next step'] : []),
    ...(hasCommands ? ['↑↓ command', 'c copy', 'a copy all'] : []),
    's save note',
    'Esc back',
    `p ${VIEW_NAMES[view]}`,
    'r restart',
    'q quit',
  ].join(' · ');
}
