// Keys that need what is still loading wait for it, in order: a paste that arrives before the
// readers of pasted output have loaded (seconds, on a busy machine) is held, with every key
// after it, and read once they are in — never "does not answer this question" for a paste
// that does. Ctrl+C never waits.

import { describe, expect, it } from 'vitest';
import { keyGate } from '../../src/terminal/key-gate.js';
import type { Key } from '../../src/terminal/keys.js';

const paste: Key = { kind: 'paste', text: 'License Status: Licensed' };
const down: Key = { kind: 'named', name: 'down' };
const q: Key = { kind: 'text', text: 'q' };
const ctrlC: Key = { kind: 'ctrl', letter: 'c' };

function gate() {
  let loaded = false;
  let finish!: () => void;
  const ready = new Promise<void>((resolve) => (finish = resolve));
  const delivered: Key[] = [];
  const send = keyGate((k) => delivered.push(k), (k) => k.kind === 'paste' && !loaded, ready);
  return { send, delivered, load: async () => ((loaded = true), finish(), await ready, await Promise.resolve()) };
}

describe('the key gate', () => {
  it('passes keys at once while nothing needs to wait', () => {
    const g = gate();
    g.send(down);
    g.send(q);
    expect(g.delivered).toEqual([down, q]);
  });

  it('holds a paste that comes before the readers, and every key after it, then delivers them in order', async () => {
    const g = gate();
    g.send(down);
    g.send(paste);
    g.send(down);
    g.send(q);
    expect(g.delivered).toEqual([down]);
    await g.load();
    expect(g.delivered).toEqual([down, paste, down, q]);
    g.send(paste);
    expect(g.delivered).toEqual([down, paste, down, q, paste]);
  });

  it('lets Ctrl+C through at once', () => {
    const g = gate();
    g.send(paste);
    g.send(ctrlC);
    expect(g.delivered).toEqual([ctrlC]);
  });

  it('delivers what it held even when loading failed (the key map then reads the paste as text)', async () => {
    let fail!: () => void;
    const ready = new Promise<void>((_, reject) => (fail = () => reject(new Error('import failed'))));
    const delivered: Key[] = [];
    const send = keyGate((k) => delivered.push(k), (k) => k.kind === 'paste', ready);
    send(paste);
    fail();
    await ready.catch(() => {});
    await Promise.resolve();
    expect(delivered).toEqual([paste]);
  });
});
