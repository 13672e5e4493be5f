// clipboardy is loaded only when something is copied, so the wizard's start does not pay for it.
import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => ({ count: 0, written: [] as string[] }));

vi.mock('clipboardy', () => {
  loaded.count++;
  return { default: { write: async (text: string) => void loaded.written.push(text) } };
});

describe('clipboardy', () => {
  it('is not imported with the clipboard module, only by the first native copy', async () => {
    // Without isolation (the Windows leg's --no-isolate) another file may have loaded these already.
    vi.resetModules();
    const { copyToClipboard } = await import('../../../src/handover/clipboard/copy.js');
    expect(loaded.count).toBe(0);
    const outcome = await copyToClipboard('slmgr /dlv', { env: {}, platform: 'darwin' });
    expect(outcome.status).toBe('copied');
    expect(loaded.count).toBe(1);
    expect(loaded.written).toEqual(['slmgr /dlv']);
  });
});
