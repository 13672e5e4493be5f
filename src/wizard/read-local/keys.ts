// The keys of "Read this computer": on the script's preview, Enter runs it, Esc goes back
// without running anything, the page keys turn its pages; while it runs, Esc stops it. Nothing
// runs without that Enter.

import type { CollectSide } from '../../readers/collect-names.js';
import { isKey, type Key } from '../../terminal/keys.js';
import { buildScreen } from '../layout/build-screen.js';
import { askEffect, type Session } from '../session.js';

/** The preview of the script `side` runs, from its first page. */
export function openPreview(s: Session, side: CollectSide, cursor: number): Session {
  return { ...s, cursor, page: 0, notice: undefined, localRead: { ...s.localRead, preview: side } };
}

const turn = (s: Session, delta: number): Session => ({ ...s, page: Math.min(Math.max(0, s.page + delta), buildScreen(s).pages - 1) });

/** A key on the preview. */
export function onPreviewKey(s: Session, key: Key): Session {
  const side = s.localRead?.preview;
  if (!side) return s;
  if (isKey(key, 'enter')) return askEffect({ ...s, page: 0, localRead: { ...s.localRead, preview: undefined, running: side } }, 'read-local');
  if (isKey(key, 'escape')) return { ...s, page: 0, localRead: { ...s.localRead, preview: undefined } };
  if (key.kind === 'text' && key.text === 'q') return { ...s, exit: 'quit' };
  if (isKey(key, 'pagedown') || isKey(key, 'right') || isKey(key, 'down') || (key.kind === 'text' && key.text === ' ')) return turn(s, 1);
  if (isKey(key, 'pageup') || isKey(key, 'left') || isKey(key, 'up')) return turn(s, -1);
  return s;
}

/** A key while it runs: Esc stops it (the runner sees the request gone and ends PowerShell); q quits. */
export function onRunningKey(s: Session, key: Key): Session {
  if (isKey(key, 'escape')) return { ...s, effect: undefined, localRead: { ...s.localRead, running: undefined }, notice: 'Stopped reading this computer: nothing was read. Answer the questions as before.' };
  if (key.kind === 'text' && key.text === 'q') return { ...s, exit: 'quit' };
  return s;
}
