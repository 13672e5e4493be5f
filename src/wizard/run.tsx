// Starts the wizard in the real terminal and resolves with the exit code: 0 after q, 130 after
// Ctrl+C, 128+n after a signal, 70 after an internal error. Whatever ends it, the terminal is
// restored first (raw mode, cursor, bracketed paste, the normal screen), and no stack trace
// is ever shown (KMS_DOCTOR_DEBUG=1 prints it on stderr after the restore).

import { render } from 'ink';
import { App } from './App.js';
import { CrashGuard } from './components/CrashGuard.js';
import { SessionProvider, startSessionActor } from './session-context.js';
import type { SessionEntry } from './session.js';

/** How the wizard hands its work over. */
export interface WizardOptions {
  /** Where `s` saves the note (default: the current folder). */
  outDir?: string;
  /** Print the resolution on the normal screen when leaving it with q (default true; --no-print). */
  printOnExit?: boolean;
  /** --powershell PATH: the PowerShell "Read this computer" runs (collect/run-local.ts). */
  powershell?: string;
}
import { unicodeTerminal } from '../terminal/ascii.js';
import { attachKeyboard } from '../terminal/keyboard.js';
import { isCtrl } from '../terminal/keys.js';
import { createPainter } from '../terminal/screen-painter.js';
import { enterTerminal } from '../terminal/terminal-modes.js';
import { NoInput } from '../terminal/no-input.js';
import { runEffects } from './effects.js';
import { reportCrash } from './crash.js';
import { loadReaders } from './readers-slot.js';
import type { Session } from './session.js';

const SIGNALS: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 };

const sizeOf = (stdout: NodeJS.WriteStream) => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

/** The path and the resolution on screen as plain text for the scrollback; nothing when not at a resolution. */
async function printedResolution(session: Session, stdout: NodeJS.WriteStream): Promise<string> {
  const [{ recordFromSession }, { printOut, printOutColor }] = await Promise.all([import('../handover/note/record.js'), import('../handover/print-out.js')]);
  const record = recordFromSession(session);
  if (!record) return '';
  return printOut(record, { color: printOutColor(process.env, Boolean(stdout.isTTY)), columns: stdout.columns });
}

/** Runs the wizard until the technician leaves; returns the process exit code. */
export async function runWizard(entry: SessionEntry, options: WizardOptions = {}): Promise<number> {
  const printOnExit = options.printOnExit ?? true;
  const { stdin, stdout, stderr } = process;
  const terminal = enterTerminal({ stdin, stdout });
  const painter = createPainter(stdout, { ascii: !unicodeTerminal() });
  // Output to start from (--from) is read before the first screen; otherwise the readers of
  // pasted output load just after it (no one pastes within the first few milliseconds).
  if (entry.output !== undefined) await loadReaders();
  const actor = startSessionActor({ ...entry, size: sizeOf(stdout) });
  let exitCode = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));

  let crashed = false;
  const fail = (error: unknown) => {
    if (crashed) return;
    crashed = true;
    exitCode = reportCrash(error, { restore: () => (painter.close(), terminal.leave()), stderr, env: process.env });
    finish();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    painter.close();
    terminal.leave();
    process.exit(SIGNALS[signal] ?? 1);
  };
  const onResize = () => {
    painter.redraw();
    actor.send({ type: 'RESIZE', size: sizeOf(stdout) });
  };
  for (const signal of Object.keys(SIGNALS)) process.on(signal, onSignal);
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  stdout.on('resize', onResize);
  actor.subscribe({ error: fail });
  const stopEffects = runEffects(actor, {
    // OSC 52 goes straight to the terminal, between the painter's frames (it draws nothing).
    copy: async (text, plural) =>
      (await import('../handover/clipboard/copy.js')).copyToClipboard(text, { writeToTerminal: (bytes) => void stdout.write(bytes), plural, printedOnExit: printOnExit }),
    save: async (record) => (await import('../handover/note/save.js')).saveNote(record, { dir: options.outDir }),
    // Loaded on first use: DNS and sockets are not needed to start.
    probe: async (probe, answers) => (await import('../checks/probe.js')).runProbe(probe, answers),
    readLocal: async (side, signal) => (await import('../collect/run-local.js')).runLocal({ side, signal, ...(options.powershell ? { powershell: options.powershell } : {}) }),
  });
  const detachKeys = attachKeyboard(stdin, (key) => {
    if (isCtrl(key, 'l')) painter.redraw();
    else actor.send({ type: 'KEY', key });
  });

  const app = render(
    <CrashGuard onCrash={fail}>
      <SessionProvider actor={actor}>
        <App caretMarker onExit={(code) => ((exitCode = code), finish())} />
      </SessionProvider>
    </CrashGuard>,
    { stdout: painter.stream, stdin: new NoInput() as never, debug: true, exitOnCtrlC: false, patchConsole: false },
  );
  setImmediate(() => void loadReaders());
  await finished;
  detachKeys();
  stopEffects();
  stdout.off('resize', onResize);
  app.unmount();
  painter.close();
  terminal.leave();
  // Leaving a resolution with q leaves its commands in the scrollback, whole, to select later.
  const last = actor.getSnapshot().context;
  if (!crashed && exitCode === 0 && last.exit === 'quit' && printOnExit) stdout.write(await printedResolution(last, stdout));
  for (const signal of Object.keys(SIGNALS)) process.off(signal, onSignal);
  process.off('uncaughtException', fail);
  process.off('unhandledRejection', fail);
  return exitCode;
}
