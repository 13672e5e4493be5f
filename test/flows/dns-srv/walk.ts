// Walking the dns-srv flow in tests: keystroke helpers for the rendered wizard (answers that
// wait for their screen, deleting key by key, PowerShell twins behind `p`) and a chooser for
// the pure session. Shared by the dns-srv test files, which are split by branch.

import { expect, vi } from 'vitest';
import { choose as chooseIn, currentFrame, currentStep, type Session } from '../../../src/wizard/session.js';
import { KEY, answer, draft, press, prose, renderWizard, settle, waitForProse, waitForText, type WizardUnderTest } from '../../support/ui.js';

export { answer, draft, prose, waitForProse };

/** The flow of the screen shown now. */
export const flowOnScreen = (w: WizardUnderTest) => currentFrame(w.actor.getSnapshot().context).flow;

/** Deletes `count` characters before the cursor, waiting for each to show (keys must not outrun the frames). */
export async function backspace(w: WizardUnderTest, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const before = draft(w);
    await press(w, KEY.backspace);
    await vi.waitFor(() => expect(draft(w)).toBe(before.slice(0, -1)));
    await settle();
  }
}

/** Empties the field being edited. */
export const clearField = (w: WizardUnderTest) => backspace(w, draft(w).length);

/** Shows the PowerShell form of the screen's commands (`p`), waits for `texts`, and goes back to cmd (`p`). */
export async function waitForPowerShell(w: WizardUnderTest, ...texts: string[]): Promise<void> {
  await press(w, 'p');
  for (const text of texts) await waitForText(w, text);
  await press(w, 'p');
}

/** Chooses the option whose label starts with `label`, in the pure session (no terminal). */
export function pick(s: Session, label: string): Session {
  const step = currentStep(s);
  const index = step.kind === 'question' ? step.options.findIndex((o) => o.label.startsWith(label)) : -1;
  if (index < 0) throw new Error(`no option "${label}" on ${JSON.stringify(step)}`);
  return chooseIn(s, index);
}

/** From the code card of 0x8007232B to the lookup screen for corp.contoso.com. */
export async function toLookup(code = '0x8007232B'): Promise<WizardUnderTest> {
  const w = await renderWizard({ code });
  await waitForText(w, `${code} — `);
  await waitForText(w, 'Which DNS domain is the client in?');
  await answer(w, 'corp.contoso.com');
  await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.contoso.com?');
  return w;
}
