// What the wizard does when something it did not expect goes wrong: put the terminal back
// first, then say so in plain words — never a stack trace on the technician's screen (with
// KMS_DOCTOR_DEBUG set it follows, for whoever reports it). The exit code is 70 (EX_SOFTWARE).

/** The exit code after an internal error. */
export const INTERNAL_ERROR_EXIT = 70;

/** The message shown after an internal error. */
export const CRASH_MESSAGE =
  'kms-doctor hit a problem it did not expect and stopped; your terminal is restored.\nPlease report this, with what you did last.\n';

/** What a crash report needs: a way to restore the terminal, stderr, and the environment. */
export interface CrashIO {
  restore(): void;
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
}

/** Restores the terminal, reports the error, and returns the exit code. */
export function reportCrash(error: unknown, io: CrashIO): number {
  try {
    io.restore();
  } catch {
    // The terminal may be gone; what is left is to say what happened.
  }
  io.stderr.write(CRASH_MESSAGE);
  if (io.env.KMS_DOCTOR_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return INTERNAL_ERROR_EXIT;
}
