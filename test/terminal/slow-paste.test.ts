// A bracketed paste whose pieces arrive far apart (a slow SSH link, a busy machine) stays one
// paste until its end marker: the wait for its next piece is generous (seconds) and starts
// again with each piece. If it is given up on after that long a silence, what comes later up
// to its end marker is still a paste — its line breaks never press Enter.

import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachKeyboard, PASTE_WAIT_MS } from '../../src/terminal/keyboard.js';
import { createKeyReader } from '../../src/terminal/key-reader.js';
import type { Key } from '../../src/terminal/keys.js';

const START = '\u001B[200~';
const END = '\u001B[201~';

/** A terminal that sends chunks when told, and the keys read from it. */
function terminal() {
  const source = new EventEmitter();
  const keys: Key[] = [];
  attachKeyboard(source as never, (key) => keys.push(key));
  return { keys, send: (chunk: string) => source.emit('data', chunk) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a paste in pieces', () => {
  it('with 2 s between its pieces is one paste', () => {
    const t = terminal();
    t.send(`${START}Server:  dc01.corp.contoso.com\r\n`);
    vi.advanceTimersByTime(2000);
    t.send('_vlmcs._tcp.corp.contoso.com  SRV service location:\r\n');
    vi.advanceTimersByTime(2000);
    t.send(`   svr hostname   = kms01.corp.contoso.com\r\n${END}`);
    vi.advanceTimersByTime(PASTE_WAIT_MS * 2);
    expect(t.keys).toEqual([{ kind: 'paste', text: 'Server:  dc01.corp.contoso.com\r\n_vlmcs._tcp.corp.contoso.com  SRV service location:\r\n   svr hostname   = kms01.corp.contoso.com\r\n' }]);
  });

  it('waits seconds, and each piece starts the wait again', () => {
    expect(PASTE_WAIT_MS).toBeGreaterThanOrEqual(5000);
    const t = terminal();
    t.send(`${START}a`);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(PASTE_WAIT_MS - 1);
      t.send('b');
    }
    expect(t.keys).toEqual([]);
    t.send(END);
    expect(t.keys).toEqual([{ kind: 'paste', text: 'abbbbb' }]);
  });

  it('is given up on only after the wait, bounded: then it is delivered as a paste', () => {
    const t = terminal();
    t.send(`${START}half a paste\r\n`);
    vi.advanceTimersByTime(PASTE_WAIT_MS - 1);
    expect(t.keys).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(t.keys).toEqual([{ kind: 'paste', text: 'half a paste\r\n' }]);
  });
});

describe('the rest of a paste that was given up on', () => {
  it('up to its end marker is a paste, not keys: its line breaks press nothing', () => {
    const reader = createKeyReader();
    expect(reader.push(`${START}first half\r\n`)).toEqual([]);
    expect(reader.flush()).toEqual([{ kind: 'paste', text: 'first half\r\n' }]);
    expect(reader.push(`second half\r\nmore\r\n${END}q`)).toEqual([{ kind: 'paste', text: 'second half\r\nmore\r\n' }, { kind: 'text', text: 'q' }]);
  });

  it('typing in between stays typing; a new paste starts afresh', () => {
    const reader = createKeyReader();
    reader.push(`${START}x`);
    reader.flush();
    expect(reader.push('j')).toEqual([{ kind: 'text', text: 'j' }]);
    expect(reader.push(`${START}new${END}\r`)).toEqual([{ kind: 'paste', text: 'new' }, { kind: 'named', name: 'enter' }]);
  });
});
