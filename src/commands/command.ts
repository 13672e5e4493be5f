// The shape every subcommand of the bin has (explain, keys, check, parse, collect …). The
// entry (cli.ts) only picks the command by its first word and imports its module lazily;
// each command parses its own arguments, so adding one never touches the others.

/** What a command prints and the exit code it ends with. */
export interface CommandResult {
  /** The result only: text or one JSON document. */
  stdout: string;
  /** Messages for the person (usage errors, warnings); never mixed into stdout. */
  stderr?: string;
  /** 0 done · 1 a problem found / nothing found · 2 usage error (see README). */
  exitCode: number;
}

/** What a command may use from its process; injected so tests can run commands in-process. */
export interface CommandIO {
  /** Standard input as text, read only when called (a command that does not need it never waits). */
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one. */
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are read from and written to. */
  cwd: string;
}

/** A subcommand: its arguments (after the command word) in, its result out. */
export type CommandRun = (args: readonly string[], io: CommandIO) => Promise<CommandResult>;
