// Every code that keeps the generic flow says, in one or two plain sentences, why nothing
// needs asking; the first screen shows that text instead of the generic fallback.

import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { getCatalog } from '../../src/catalog/catalog.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowContext } from '../../flows/lib/context.js';

const generic = getCatalog().errors.filter((e) => e.flow === 'code-overview');

describe('why nothing needs asking', () => {
  it('there are codes that keep the generic flow', () => {
    expect(generic.length).toBeGreaterThan(0);
  });

  it.each(generic.map((e) => [e.code, e.whyNoQuestions]))('%s has its own short text', (code, why) => {
    expect(why, code).toBeDefined();
    const sentences = why!.split(/(?<=[.!?])\s+(?=[A-Z"'])/);
    expect(sentences.length, why).toBeLessThanOrEqual(2);
    expect(why!.length, why).toBeLessThanOrEqual(240);
    expect(why, why).not.toMatch(/\{|\}/); // no template names: it is shown as it is
  });

  it.each(generic.map((e) => [e.code, e.whyNoQuestions]))('%s shows it on its first screen', (code, why) => {
    const [snapshot] = initialTransition(FLOWS['code-overview'].machine, { code });
    expect((snapshot.context as FlowContext).answers.whyNoQuestions).toBe(why);
  });
});
