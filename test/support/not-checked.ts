// Choosing "I haven't checked / I can't tell" in the rendered wizard, for the flow tests that
// check where it leads.

import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { choose, renderWizard, waitForText, type WizardUnderTest } from './ui.js';

/** Starts at `code`, waits for `question`, chooses "I haven't checked", waits for `next`. */
export async function notCheckedAt(code: string, question: string, next: string): Promise<WizardUnderTest> {
  const w = await renderWizard({ code });
  await waitForText(w, question);
  await choose(w, NOT_CHECKED_LABEL);
  await waitForText(w, next);
  return w;
}
