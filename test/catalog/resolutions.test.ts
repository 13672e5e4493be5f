import { describe, expect, it } from 'vitest';
import { allResolutions } from '../support/resolutions.js';

describe('the list of every resolution of every flow', () => {
  const all = allResolutions();

  it('finds more than 90, from many flows', () => {
    expect(all.length).toBeGreaterThan(90);
    expect(new Set(all.map((r) => r.flow)).size).toBeGreaterThan(10);
  });

  it('holds only resolution steps, each named by its flow and state once', () => {
    expect(all.every((r) => r.step.kind === 'resolution' && r.step.title.length > 0)).toBe(true);
    const names = all.map((r) => `${r.flow}:${r.state}`);
    expect(new Set(names).size).toBe(names.length);
  });

});
