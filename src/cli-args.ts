// Argument fixes applied before parsing.

/** A decimal code such as -1073418124 is an argument, not an option: end options before it. */
export function protectNegativeNumbers(args: readonly string[]): string[] {
  const i = args.findIndex((a) => /^-\d{5,}$/.test(a));
  return i < 0 || args.slice(0, i).includes('--') ? [...args] : [...args.slice(0, i), '--', ...args.slice(i)];
}
