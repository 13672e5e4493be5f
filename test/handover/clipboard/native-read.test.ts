// This machine's clipboard is read through clipboardy (here a fake in its place): what it holds
// comes back as it is.
import { describe, expect, it, vi } from 'vitest';

vi.mock('clipboardy', () => ({ default: { read: async () => 'slmgr /dlv\r\n', write: async () => undefined } }));

describe('reading the native clipboard', () => {
  it('gives what clipboardy read', async () => {
    const { readNativeClipboard } = await import('../../../src/handover/clipboard/native.js');
    await expect(readNativeClipboard()).resolves.toBe('slmgr /dlv\r\n');
  });
});
