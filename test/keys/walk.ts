// A scripted walk through the wizard for the keys flows' tests: choose options by label and
// type answers, the way a technician would, waiting for each screen.

import { expect, vi } from 'vitest';
import { KEY, choose, press, renderWizard, type, waitForText, type WizardUnderTest } from '../support/ui.js';

/** One move: choose the option whose label contains the text, or type an answer and press Enter. */
export type Move = string | { type: string };

/** Makes `moves` on the current screen in turn. */
export async function walk(w: WizardUnderTest, moves: readonly Move[]): Promise<void> {
  for (const move of moves) {
    if (typeof move === 'string') {
      await waitForText(w, move);
      await choose(w, move);
    } else {
      await vi.waitFor(() => expect(w.step().kind).toBe('input'), { timeout: 10_000 });
      await type(w, move.type);
      await press(w, KEY.enter);
    }
  }
}

/** Starts the wizard (at a code, if given), makes the moves and waits for a resolution. */
export async function walkToResolution(code: string | undefined, moves: readonly Move[]): Promise<WizardUnderTest> {
  const w = await renderWizard(code === undefined ? {} : { code });
  await walk(w, moves);
  await waitForText(w, 'Resolution: ');
  return w;
}

/** The frame with wrapped prose joined again (commands are never wrapped). */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
