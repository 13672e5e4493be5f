// Copies text for the technician and says honestly what happened: "Copied" only when this
// machine's clipboard confirmed it (on Windows: read back and found to hold the text); OSC 52
// gets no answer from the terminal, so it is only "sent". Every I/O is injected: the wizard passes a writer that puts bytes on its terminal
// between frames, tests pass fakes.

import { hasNativeClipboard, multiplexerOf, osc52Blocker, transportsFor, type Env } from './environment.js';
import { readBackReason, readNativeClipboard, sameClipboardText, withinTime, writeNativeClipboard, type NativeReader, type NativeWriter } from './native.js';
import { osc52Bytes } from './osc52.js';

/** What became of a copy, for the status line. */
export interface CopyOutcome {
  status: 'copied' | 'sent-osc52' | 'failed';
  message: string;
  /** A setting that would make it work, when one is known (tmux's passthrough). */
  hint?: string;
}

/** Where the copy may go, and what is said about it. */
export interface CopyOptions {
  env?: Env;
  platform?: NodeJS.Platform;
  /** Writes bytes to the technician's terminal; absent when there is no terminal. */
  writeToTerminal?: (bytes: string) => void | Promise<void>;
  /** This machine's clipboard; clipboardy by default. */
  writeNative?: NativeWriter;
  /** Reads it back where a write alone proves nothing (Windows); clipboardy by default. */
  readNative?: NativeReader;
  /** How long the native clipboard may take before it counts as failed. */
  nativeTimeoutMs?: number;
  /** Several commands are copied (the wording says "commands"). */
  plural?: boolean;
  /** The commands will be printed when the wizard exits (false with --no-print). */
  printedOnExit?: boolean;
}

/** The status line after a confirmed copy. */
export const COPIED = 'Copied to the clipboard.';

/** The status line after OSC 52 was sent: the terminal may have ignored it, and we cannot know. */
export function sentMessage(plural = false, printedOnExit = true): string {
  const sent = "Sent to your terminal's clipboard (OSC 52) — if nothing pastes, your terminal blocks it";
  if (!printedOnExit) return sent;
  return `${sent}; ${plural ? 'the commands are' : 'the command is'} also printed on exit`;
}

const TMUX_HINT = 'In tmux this needs: set -g allow-passthrough on';

const firstLine = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * Writes `text` to this machine's clipboard and, where a write alone proves nothing, reads it
 * back. Undefined when the clipboard holds the text; otherwise what was tried and what came of it.
 */
async function copyNatively(text: string, platform: NodeJS.Platform, options: CopyOptions): Promise<string | undefined> {
  const ms = options.nativeTimeoutMs ?? 5000;
  try {
    await withinTime((options.writeNative ?? writeNativeClipboard)(text), ms);
  } catch (error) {
    return `this machine's clipboard failed (${firstLine(error)})`;
  }
  const tool = readBackReason(platform);
  if (!tool) return undefined;
  try {
    const held = await withinTime((options.readNative ?? readNativeClipboard)(), ms);
    return sameClipboardText(text, held) ? undefined : `${tool} ran, but the clipboard did not hold the text when read back`;
  } catch (error) {
    return `${tool} ran, but the clipboard could not be read back to confirm it (${firstLine(error)})`;
  }
}

/** Copies `text` by the best way this environment offers. Never throws. */
export async function copyToClipboard(text: string, options: CopyOptions = {}): Promise<CopyOutcome> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const { writeToTerminal, plural = false, printedOnExit = true } = options;
  const situation = { env, platform, hasTerminal: writeToTerminal !== undefined };
  const multiplexer = multiplexerOf(env);
  const failures: string[] = [];
  for (const transport of transportsFor(situation)) {
    if (transport === 'native') {
      const failure = await copyNatively(text, platform, options);
      if (!failure) return { status: 'copied', message: COPIED };
      failures.push(failure);
    } else {
      const built = osc52Bytes(text, multiplexer);
      if (!built.ok) {
        failures.push(built.message);
        continue;
      }
      try {
        await writeToTerminal!(built.bytes);
        const outcome: CopyOutcome = { status: 'sent-osc52', message: sentMessage(plural, printedOnExit) };
        return multiplexer === 'tmux' ? { ...outcome, hint: TMUX_HINT } : outcome;
      } catch (error) {
        failures.push(`writing to the terminal failed (${firstLine(error)})`);
      }
    }
  }
  if (!hasNativeClipboard(platform, env)) failures.push('this machine has no clipboard (no display)');
  const blocker = osc52Blocker(situation);
  if (blocker) failures.push(`OSC 52 cannot be used: ${blocker}`);
  const rescue = printedOnExit ? `select ${plural ? 'them' : 'it'} with the mouse, or find ${plural ? 'them' : 'it'} printed on exit` : `select ${plural ? 'them' : 'it'} with the mouse`;
  return { status: 'failed', message: `Not copied: ${failures.join('; ')}. ${rescue[0]!.toUpperCase()}${rescue.slice(1)}.` };
}
