// Driving the wizard by keystrokes in ink-testing-library, the way a technician would.
// After each key we wait for React to flush its effects (setImmediate → setTimeout 0):
// otherwise Enter can act on the previous highlight (see reference/ink-xstate-notes.md D3).

import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { expect, vi } from 'vitest';
import { App } from '../../src/wizard/App.js';
import { SessionProvider, startSessionActor, type SessionActorRef } from '../../src/wizard/session-context.js';
import { currentStep, type SessionEntry } from '../../src/wizard/session.js';
import type { Step } from '../../flows/step.js';

/** Key sequences as a terminal sends them. */
export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  enter: '\r',
  esc: '\u001B',
  tab: '\t',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

/** A wizard under test: the rendered app, its session actor, and how it exited. */
export interface WizardUnderTest {
  ui: ReturnType<typeof render>;
  actor: SessionActorRef;
  exitCodes: number[];
  frame(): string;
  step(): Step;
}

/** Renders the wizard, optionally started at a code. */
export async function renderWizard(entry: SessionEntry = {}): Promise<WizardUnderTest> {
  const actor = startSessionActor(entry);
  const exitCodes: number[] = [];
  const ui = render(
    <SessionProvider actor={actor}>
      <App onExit={(code) => exitCodes.push(code)} />
    </SessionProvider>,
  );
  await settle();
  return {
    ui,
    actor,
    exitCodes,
    frame: () => stripAnsi(ui.lastFrame() ?? ''),
    step: () => currentStep(actor.getSnapshot().context),
  };
}

/** Lets React flush effects, so the next key reaches the current handlers. */
export const settle = () => new Promise<void>((resolve) => setImmediate(() => setTimeout(resolve, 0)));

/** Sends keys one at a time, settling after each. */
export async function press(w: WizardUnderTest, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    w.ui.stdin.write(key);
    await settle();
    if (key === KEY.esc) await settle(); // Ink flushes a lone ESC a tick later
  }
}

/** Types text into the current input (as one paste, the way a terminal delivers it). */
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

/** Moves the ❯ highlight to the option whose label contains `label`, then presses Enter. */
export async function choose(w: WizardUnderTest, label: string): Promise<void> {
  const lines = w.frame().split('\n');
  const options = lines.filter((l) => /^(❯ | {2})\S/.test(l));
  const current = options.findIndex((l) => l.startsWith('❯'));
  const target = options.findIndex((l) => l.includes(label));
  if (target < 0) throw new Error(`no option "${label}" in:\n${w.frame()}`);
  const highlighted = () => w.frame().split('\n').find((l) => l.startsWith('❯')) ?? '';
  const key = target > current ? KEY.down : KEY.up;
  for (let i = 1; i <= Math.abs(target - current); i++) {
    await press(w, key);
    // Wait for each move to land: the list answers the next key with its state from this frame.
    const expected = options[current + (target > current ? i : -i)]!.slice(2);
    await vi.waitFor(() => expect(highlighted()).toContain(expected));
    await settle();
  }
  await vi.waitFor(() => expect(highlighted()).toContain(label));
  await settle(); // the list's key handler re-subscribes after the frame is written
  await press(w, KEY.enter);
}

/** The frame with line wraps undone, for sentences that Prose may break anywhere. */
export const prose = (w: WizardUnderTest) => w.frame().replace(/\s+/g, ' ');

/** The text in the field being edited (as the session holds it). */
export const draft = (w: WizardUnderTest) => w.actor.getSnapshot().context.draft;

/** Waits until the screen shows `text`, however Prose wrapped it. */
export const waitForProse = (w: WizardUnderTest, text: string) =>
  vi.waitFor(() => expect(prose(w)).toContain(text), { timeout: 10_000 });

/**
 * Types (or pastes) an answer, waits until the field holds it, and presses Enter. It first
 * lets the new screen settle: text typed the very moment a field replaces another can land
 * before the field is listening. A pasted block's line breaks become spaces in the field.
 */
export async function answer(w: WizardUnderTest, text: string): Promise<void> {
  await settle();
  await settle();
  await type(w, text);
  await vi.waitFor(() => expect(draft(w).endsWith(text.replace(/[\r\n]+/g, ' '))).toBe(true), { timeout: 10_000 });
  await settle();
  await press(w, KEY.enter);
}

/** Empties the field being edited, one Backspace at a time, each shown before the next. */
export async function clearField(w: WizardUnderTest): Promise<void> {
  while (draft(w) !== '') {
    const before = draft(w);
    await press(w, KEY.backspace);
    await vi.waitFor(() => expect(draft(w)).toBe(before.slice(0, -1)));
    await settle();
  }
}
