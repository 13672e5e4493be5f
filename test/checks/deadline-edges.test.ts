// The check's clock at its edges, on a fake clock: a step started with exactly one step's time
// left is not "cut by the end"; one started with no time left starts nothing and says the end cut
// it; a step that finishes is not cancelled. And errorCode on whatever a failure throws.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deadline, errorCode } from '../../src/checks/deadline.js';

const never = () => new Promise<never>(() => undefined);
afterEach(() => vi.useRealTimers());

describe('Deadline at its edges', () => {
  it('a step with exactly a step\'s time left times out on its own limit, not the end\'s', async () => {
    vi.useFakeTimers();
    let now = 0;
    const deadline = new Deadline({ stepMs: 3000, totalMs: 5000 }, () => now);
    now = 2000; // 3000 ms left: the step's own limit
    const outcome = deadline.run(never, () => undefined);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await outcome).toEqual({ kind: 'timeout', ms: 3000 });
    expect(deadline.reached).toBe(false);
  });

  it('with no time left it starts nothing, and says the end cut it', async () => {
    const start = vi.fn(never);
    const deadline = new Deadline({ stepMs: 3000, totalMs: 0 }, () => 0);
    expect(await deadline.run(start, () => undefined)).toEqual({ kind: 'timeout', ms: 0 });
    expect([start.mock.calls.length, deadline.reached]).toEqual([0, true]);
  });

  it('a step that finishes is not cancelled, and an error is passed on', async () => {
    const cancel = vi.fn();
    const deadline = new Deadline({ stepMs: 3000, totalMs: 5000 }, () => 0);
    expect(await deadline.run(() => Promise.resolve(42), cancel)).toEqual({ kind: 'value', value: 42 });
    const failure = new Error('boom');
    expect(await deadline.run(() => Promise.reject(failure), cancel)).toEqual({ kind: 'error', error: failure });
    expect([cancel.mock.calls.length, deadline.reached]).toEqual([0, false]);
  });

  it('stepSeconds is the step\'s limit in seconds', () => {
    expect(new Deadline({ stepMs: 2500, totalMs: 4000 }).stepSeconds).toBe(2.5);
  });
});

describe('errorCode', () => {
  it.each([
    [Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), 'ECONNREFUSED'],
    [{ code: 'ENOTFOUND' }, 'ENOTFOUND'],
    [{ code: 42 }, undefined],
    [{}, undefined],
    [null, undefined],
    [undefined, undefined],
    ['ECONNREFUSED', undefined],
  ])('%j → %j', (error, code) => {
    expect(errorCode(error)).toBe(code);
  });
});
