// Small Markdown writers for the note: text that renders as typed, inline code and fenced
// blocks that hold any command (PowerShell uses backticks) without ending early.

import type { Shell } from '../../../flows/step.js';

/**
 * Prose as Markdown that renders as typed: `<kms-host>` would vanish as an HTML tag, and a
 * `*` or a backtick would start emphasis or code. `_` is left alone: in `_vlmcs._tcp` it
 * starts no emphasis, and escaping it would make the raw note hard to read.
 */
export const escapeText = (text: string): string => text.replace(/[\\`*<]/g, '\\$&');

const longestBacktickRun = (text: string): number => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));

/** `text` as inline code, fenced by more backticks than it contains. */
export function inlineCode(text: string): string {
  const ticks = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

// The info string a Markdown renderer highlights each shell with.
const LANGUAGE: Record<Shell, string> = { cmd: 'bat', powershell: 'powershell', sh: 'sh', text: 'text' };

/** A fenced code block for a command, its fence longer than any backtick run inside. */
export function fence(text: string, shell: Shell): string {
  const ticks = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${ticks}${LANGUAGE[shell]}\n${text}\n${ticks}`;
}
