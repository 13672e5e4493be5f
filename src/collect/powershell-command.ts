// How kms-doctor starts PowerShell to read this computer, apart from the running itself
// (run-local.ts) so that the wizard can show the command before anything runs without loading
// what runs it.

/** The PowerShell to run: the one named (--powershell), else Windows PowerShell on Windows, else pwsh. */
export function findPowerShell(named?: string, platform: NodeJS.Platform = process.platform): string {
  if (named) return named;
  return platform === 'win32' ? 'powershell.exe' : 'pwsh';
}

/** The arguments after the PowerShell's name: the ones the script's header tells a person to use. */
export const powerShellArgs = (file: string): string[] => ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', file];

/** The command line shown before the run, as the technician would type it. */
export function commandLine(powershell: string, file = 'collect.ps1'): string {
  const quote = (s: string) => (/[\s"']/.test(s) ? `"${s}"` : s);
  return [powershell, ...powerShellArgs(file)].map(quote).join(' ');
}
