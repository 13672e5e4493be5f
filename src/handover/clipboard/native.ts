// This machine's clipboard through clipboardy (clip/PowerShell on Windows, pbcopy on macOS,
// wl-copy/xsel on Linux). Imported on the first copy, not at start: the wizard's first screen
// needs none of it. clipboardy stays outside the bundle, next to its helper binaries.

/** Writes text to this machine's clipboard; resolves once the clipboard has it. */
export type NativeWriter = (text: string) => Promise<void>;

/** Reads this machine's clipboard as text. */
export type NativeReader = () => Promise<string>;

/** The clipboardy writer, loaded on first use. */
export const writeNativeClipboard: NativeWriter = async (text) => {
  const { default: clipboard } = await import('clipboardy');
  await clipboard.write(text);
};

/** The clipboardy reader, loaded on first use. */
export const readNativeClipboard: NativeReader = async () => {
  const { default: clipboard } = await import('clipboardy');
  return clipboard.read();
};

/** Why the copy needs reading back on this platform, or undefined when a clean exit is proof enough. */
export function readBackReason(platform: NodeJS.Platform): string | undefined {
  // On Windows clipboardy runs PowerShell's Set-Clipboard, and an exit code of 0 is no proof:
  // a locked-down or stubbed powershell.exe (Wine's exits 0 and does nothing) "succeeds" too.
  return platform === 'win32' ? "PowerShell's Set-Clipboard" : undefined;
}

/** The same text as far as a clipboard keeps it: Windows may turn LF into CRLF and add a final newline. */
export const sameClipboardText = (wrote: string, read: string): boolean => {
  const plain = (t: string) => t.replace(/\r\n/g, '\n').replace(/\n$/, '');
  return plain(wrote) === plain(read);
};

/**
 * Rejects when `work` has not settled after `ms`: a clipboard tool that hangs (an unreachable
 * display, a stuck PowerShell) counts as failed, so the copy can go by OSC 52 instead.
 */
export function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
