// What the wizard says when it has no terminal to talk to (piped, redirected, a CI job, or a
// terminal that cannot move the cursor): how to run it, and the commands that work without one.

const ALTERNATIVES = `Without a terminal, these work: "kms-doctor explain <code or pasted text>" prints what a code means and how to fix it (add --json for scripts; it also reads pasted slmgr output from standard input), and "kms-doctor keys <edition words>" lists KMS client setup keys.`;

/** The message printed (to stderr) instead of starting the wizard; exit code 2 follows. */
export const NO_TERMINAL_MESSAGE = `kms-doctor's wizard needs an interactive terminal, and this is not one (its input or output is redirected or piped). Run kms-doctor directly in a terminal window: Windows Terminal, a console, or an SSH session. ${ALTERNATIVES}
`;

/** The same for TERM=dumb: a terminal that says it cannot move the cursor or clear a line. */
export const DUMB_TERMINAL_MESSAGE = `kms-doctor's wizard needs a terminal that can move the cursor, and this one says it cannot (TERM=dumb, as in Emacs' shell buffer or some CI consoles). Run kms-doctor in a terminal window: Windows Terminal, a console, or an SSH session. ${ALTERNATIVES}
`;
