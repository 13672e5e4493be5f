// This machine's clipboard through clipboardy (clip/PowerShell on Windows, pbcopy on macOS,
// wl-copy/xsel on Linux). Imported on the first copy, not at start: the wizard's first screen
// needs none of it. clipboardy stays outside the bundle, next to its helper binaries.

/** Writes text to this machine's clipboard; resolves once the clipboard has it. */
export type NativeWriter = (text: string) => Promise<void>;

/** The clipboardy writer, loaded on first use. */
export const writeNativeClipboard: NativeWriter = async (text) => {
  const { default: clipboard } = await import('clipboardy');
  await clipboard.write(text);
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
