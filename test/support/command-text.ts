// Reading commands back off a screen: a command may be drawn over several lines (PowerShell laid
// out as PowerShell, where it reads on) and indented under its step, so tests compare it with
// its template's text with the layout taken out: spaces, line breaks, and the `;` a line break
// stands for between two statements.

/** A command's text without what its layout may change. */
export const squeezeCommand = (text: string): string => text.replace(/[\s;]+/g, '');

/** True when `lines` (a screen's, in order) hold `command`, however it was laid out. */
export function holdsCommand(lines: readonly string[], command: string): boolean {
  return squeezeCommand(lines.join('\n')).includes(squeezeCommand(command));
}
