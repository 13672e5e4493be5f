// Driving the wizard by keystrokes in ink-testing-library, the way a technician would: keys go
// through the same keyboard reader as in the real terminal, straight into the session, so a
// test may send several keys in one write (as fast typing or SSH does) and never waits for a
// screen to be ready for them. It waits only for what it wants to read off the screen.

import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { expect, vi } from 'vitest';
import { App } from '../../src/wizard/App.js';
import { SessionProvider, startSessionActor, type SessionActorRef } from '../../src/wizard/session-context.js';
import { currentContext, currentStep, type SessionEntry } from '../../src/wizard/session.js';
import { findError } from '../../src/catalog/catalog.js';
import { resolutionContent } from '../../src/wizard/resolution-content.js';
import { resolutionCommands } from '../../src/wizard/layout/resolution-blocks.js';
import type { ShownCommand } from '../../src/wizard/view-model.js';
import { templateValues } from '../../src/wizard/layout/build-screen.js';
import { choiceLabels } from '../../src/wizard/layout/options-part.js';
import { attachKeyboard } from '../../src/terminal/keyboard.js';
import { runEffects, type EffectDeps } from '../../src/wizard/effects.js';
import type { Step } from '../../flows/step.js';
import * as pasteAnswers from '../../src/wizard/paste-answers.js';
import { installReaders } from '../../src/wizard/readers-slot.js';

installReaders(pasteAnswers); // the runner loads them after the first screen; tests have them at once

/** Key sequences as a terminal sends them. */
export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  home: '\u001B[H',
  end: '\u001B[F',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  esc: '\u001B',
  tab: '\t',
  backspace: '\u007F',
  ctrlC: '\u0003',
  ctrlU: '\u0015',
  ctrlW: '\u0017',
  ctrlA: '\u0001',
  ctrlE: '\u0005',
} as const;

/** A bracketed paste of `text`, as a terminal sends it. */
export const paste = (text: string) => `\u001B[200~${text}\u001B[201~`;

/** A wizard under test: the rendered app, its session actor, and how it exited. */
export interface WizardUnderTest {
  ui: ReturnType<typeof render>;
  actor: SessionActorRef;
  exitCodes: number[];
  /** What `c` and `a` copied (the fake clipboard), oldest first. */
  copies: string[];
  frame(): string;
  step(): Step;
}

/** The window ink-testing-library draws in: wide enough that no command is laid out over lines (flow tests read commands whole), no height limit. */
const TEST_WINDOW = { columns: 1000, rows: Number.POSITIVE_INFINITY };

/**
 * Renders the wizard, optionally started at a code; copies go to a fake clipboard, notes nowhere
 * unless `deps` says. Commands show in both forms at once (a view the wizard keeps for this:
 * flow tests read both off one frame) unless `entry.view` says otherwise.
 */
export async function renderWizard(entry: SessionEntry = {}, deps: Partial<EffectDeps> = {}): Promise<WizardUnderTest> {
  const actor = startSessionActor({ size: TEST_WINDOW, view: 'both', ...entry });
  const exitCodes: number[] = [];
  const copies: string[] = [];
  runEffects(actor, {
    copy: async (text) => (copies.push(text), { status: 'copied', message: 'Copied to the clipboard.' }),
    save: async () => ({ ok: false, message: 'No folder in this test.' }),
    probe: async (probe) => ({ probe, status: 'missing', needs: 'domain', message: 'No live checks in this test.' }),
    ...deps,
  });
  const ui = render(
    <SessionProvider actor={actor}>
      <App onExit={(code) => exitCodes.push(code)} />
    </SessionProvider>,
  );
  attachKeyboard(ui.stdin as never, (key) => actor.send({ type: 'KEY', key }), 1);
  await settle();
  return {
    ui,
    actor,
    exitCodes,
    copies,
    frame: () => stripAnsi(ui.lastFrame() ?? ''),
    step: () => currentStep(actor.getSnapshot().context),
  };
}

/** Lets React draw what the session now holds. */
export const settle = () => new Promise<void>((resolve) => setImmediate(() => setTimeout(resolve, 0)));

/** Sends keys one write each, and lets the screen catch up. */
export async function press(w: WizardUnderTest, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    w.ui.stdin.write(key);
    if (key === KEY.esc) await new Promise((r) => setTimeout(r, 5)); // a lone ESC waits for a sequence
  }
  await settle();
}

/** Types text into the current input (as one chunk, the way a terminal delivers a burst). */
export async function type(w: WizardUnderTest, text: string): Promise<void> {
  w.ui.stdin.write(text);
  await settle();
}

/** Waits until the frame shows `text`. */
export async function waitForText(w: WizardUnderTest, text: string): Promise<void> {
  await vi.waitFor(() => expect(w.frame()).toContain(text), { timeout: 10_000 });
}

/** Waits until the wizard has exited with `code`. */
export async function waitForExit(w: WizardUnderTest, code: number): Promise<void> {
  await vi.waitFor(() => expect(w.exitCodes).toEqual([code]), { timeout: 10_000 });
}

/** Moves the highlight to the choice whose label contains `label` and presses Enter, all in one burst. */
export async function choose(w: WizardUnderTest, label: string): Promise<void> {
  const session = w.actor.getSnapshot().context;
  const step = currentStep(session);
  if (step.kind !== 'question') throw new Error(`not a question, cannot choose "${label}":\n${w.frame()}`);
  const labels = choiceLabels(step, templateValues(session), session.helpOpen);
  const target = labels.findIndex((l) => l.includes(label));
  if (target < 0) throw new Error(`no choice "${label}" in:\n${labels.join('\n')}`);
  const moves = target - session.cursor;
  await press(w, (moves > 0 ? KEY.down : KEY.up).repeat(Math.abs(moves)) + KEY.enter);
}

/** The frame with line wraps undone, for sentences that may break anywhere. */
export const prose = (w: WizardUnderTest) => w.frame().replace(/\s+/g, ' ');

/** The text in the field being edited (as the session holds it). */
export const draft = (w: WizardUnderTest) => w.actor.getSnapshot().context.draft;

/** Waits until the screen shows `text`, however it was wrapped. */
export const waitForProse = (w: WizardUnderTest, text: string) =>
  vi.waitFor(() => expect(prose(w)).toContain(text), { timeout: 10_000 });

/** Types (or pastes) an answer and presses Enter. A pasted block's line breaks become spaces. */
export async function answer(w: WizardUnderTest, text: string): Promise<void> {
  await type(w, /[\r\n]/.test(text) ? paste(text) : text);
  await press(w, KEY.enter);
}

/** Empties the field being edited (Ctrl+U from the end). */
export async function clearField(w: WizardUnderTest): Promise<void> {
  await press(w, KEY.end + KEY.ctrlU);
  await vi.waitFor(() => expect(draft(w)).toBe(''));
}

/** The commands of the resolution on screen, both forms, in screen order (for what a label says). */
export function commandsOnScreen(w: WizardUnderTest): ShownCommand[] {
  const session = w.actor.getSnapshot().context;
  const context = currentContext(session);
  const content = resolutionContent(currentStep(session), context.code ? findError(context.code) : undefined);
  return content ? resolutionCommands(content, templateValues(session), 'both') : [];
}

/** The command of the resolution on screen whose purpose starts with `purpose`; throws if none. */
export function commandFor(w: WizardUnderTest, purpose: string): ShownCommand {
  const found = commandsOnScreen(w).find((c) => c.spec.purpose.startsWith(purpose));
  if (!found) throw new Error(`no command "${purpose}" in: ${commandsOnScreen(w).map((c) => c.spec.purpose).join(' | ')}`);
  return found;
}

/** The frame's lines with the indentation commands are drawn with taken off. */
export const trimmedLines = (w: WizardUnderTest): string[] => w.frame().split('\n').map((l) => l.trim());
