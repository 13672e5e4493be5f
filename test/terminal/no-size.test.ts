// A terminal that reports no size — 0 columns and 0 rows, as a pseudo-terminal before its first
// resize gives (docker exec -t, script, a serial console) — is drawn at 80×24, not one
// character per line.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../src/terminal/screen-painter.js';

function terminal(columns: number, rows: number) {
  const written: string[] = [];
  return Object.assign(new EventEmitter(), { columns, rows, write: (t: string) => written.push(t), written });
}

describe('the stream Ink draws on', () => {
  it.each([[0, 0], [0, 30], [100, 0]])('a terminal of %i×%i is measured as 80×24 where it says 0', (columns, rows) => {
    const { stream } = createPainter(terminal(columns, rows));
    expect(stream.columns).toBe(columns || 80);
    expect(stream.rows).toBe(rows || 24);
  });

  it('a terminal that knows its size keeps it', () => {
    const { stream } = createPainter(terminal(132, 43));
    expect([stream.columns, stream.rows]).toEqual([132, 43]);
  });
});
