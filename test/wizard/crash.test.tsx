// An internal error never reaches the screen as a stack trace: the terminal is restored first,
// one plain sentence follows, and the exit code is 70.

import { describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { Text } from 'ink';
import { CrashGuard } from '../../src/wizard/components/CrashGuard.js';
import { CRASH_MESSAGE, reportCrash } from '../../src/wizard/crash.js';

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'startsWith')");
}

describe('after an internal error', () => {
  it('the guard catches an error thrown while drawing and hands it on; nothing of it is drawn', () => {
    const onCrash = vi.fn();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports caught errors
    const ui = render(
      <CrashGuard onCrash={onCrash}>
        <Text>before</Text>
        <Broken />
      </CrashGuard>,
    );
    spy.mockRestore();
    expect(onCrash).toHaveBeenCalledTimes(1);
    expect(String(onCrash.mock.calls[0]![0])).toContain('startsWith');
    expect(ui.lastFrame() ?? '').not.toMatch(/TypeError|at .*:\d+/);
  });

  it('restores the terminal before it speaks, shows no stack, and exits 70', () => {
    const order: string[] = [];
    const written: string[] = [];
    const code = reportCrash(new Error('boom'), {
      restore: () => order.push('restore'),
      stderr: { write: (t: string) => (order.push('say'), written.push(t)) },
      env: {},
    });
    expect(code).toBe(70);
    expect(order).toEqual(['restore', 'say']);
    expect(written.join('')).toBe(CRASH_MESSAGE);
  });

  it('prints the stack only when asked (KMS_DOCTOR_DEBUG), after the message', () => {
    const written: string[] = [];
    reportCrash(new Error('boom'), { restore: () => {}, stderr: { write: (t: string) => written.push(t) }, env: { KMS_DOCTOR_DEBUG: '1' } });
    expect(written[0]).toBe(CRASH_MESSAGE);
    expect(written[1]).toContain('Error: boom');
  });

  it('still speaks when restoring the terminal itself fails', () => {
    const written: string[] = [];
    const code = reportCrash(new Error('boom'), { restore: () => { throw new Error('EIO'); }, stderr: { write: (t: string) => written.push(t) }, env: {} });
    expect(code).toBe(70);
    expect(written).toEqual([CRASH_MESSAGE]);
  });
});
