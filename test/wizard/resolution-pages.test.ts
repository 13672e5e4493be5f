// A junior follows a resolution to the end (issue 14 §2): in the default (cmd) view every
// resolution of every flow and every code fits ≤ 3 pages at 80×24 and ≤ 5 at 60×20. Measured
// by the same code `node scripts/pages.mjs` prints its figures with.

import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/pages/measure.js';
import { HEAVY_TEST_MS } from '../support/heavy.js';

describe('resolutions a junior can follow', () => {
  it('each fits ≤ 3 pages at 80×24 and ≤ 5 at 60×20', () => {
    const all = measure();
    expect(all.length).toBeGreaterThan(150);
    const over = all.filter((r) => r.pages['80x24']! > 3 || r.pages['60x20']! > 5).map((r) => `${r.name}: ${r.pages['60x20']}/${r.pages['80x24']}`);
    expect(over).toEqual([]);
  }, HEAVY_TEST_MS);

  it('the four a junior measured in issue 14 each fit ≤ 3 pages at 80×24', () => {
    const all = measure();
    const find = (flow: string, title: string) => all.find((r) => r.name.startsWith(flow) && r.title.startsWith(title));
    for (const [flow, title] of [
      ['port-1688 ', 'Start the Software Protection service'],
      ['srv-create ', 'Create the SRV record on the Windows DNS server'],
      ['kms-count ', 'Give each clone its own CMID'],
      ['key-lookup ', 'KMS client setup key for'],
    ] as const) {
      const r = find(flow, title);
      expect(r, `${flow}${title}`).toBeDefined();
      expect(r!.pages['80x24'], r!.name).toBeLessThanOrEqual(3);
      expect(r!.pages['60x20'], r!.name).toBeLessThanOrEqual(5);
    }
  }, HEAVY_TEST_MS);
});
