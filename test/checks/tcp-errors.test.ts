// What each way a TCP connect can fail says to the technician, written out. The errors other than
// a refusal cannot be made on 127.0.0.1, so node:net's connect is replaced by a socket that fails
// with the error given; the clock is a fake one, so the time a connect took is a known number.

import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failWith: { error?: unknown } = {};
vi.mock('node:net', async (original) => {
  const net = await original<typeof import('node:net')>();
  return {
    ...net,
    connect: () => {
      const socket = Object.assign(new EventEmitter(), { destroy: vi.fn() });
      setImmediate(() => (failWith.error === undefined ? socket.emit('connect') : socket.emit('error', failWith.error)));
      return socket;
    },
  };
});

// The Windows leg runs the suite without isolation (--no-isolate): another file may have loaded
// tcp-connect.js with the real node:net already; loaded again, it gets the socket above.
vi.resetModules();
const { Deadline } = await import('../../src/checks/deadline.js');
const { tryConnect } = await import('../../src/checks/tcp-connect.js');

const deadline = () => new Deadline({ stepMs: 1000, totalMs: 2000 });
const fail = (code: string | undefined, error: unknown = Object.assign(new Error(code ?? 'no code'), code ? { code } : {})) => {
  failWith.error = error;
};

afterEach(() => {
  delete failWith.error;
  vi.restoreAllMocks();
});

describe('tryConnect: what each error says', () => {
  it.each([
    ['ECONNREFUSED', 'refused', 'the host answered that nothing listens on that port'],
    ['ECONNRESET', 'refused', 'the host reset the connection'],
    ['ETIMEDOUT', 'timeout', 'no answer'],
    ['EHOSTUNREACH', 'unreachable', 'no route to the host'],
    ['ENETUNREACH', 'unreachable', 'no route to that network'],
    ['EADDRNOTAVAIL', 'unreachable', 'this computer has no address to reach it from'],
    ['EAFNOSUPPORT', 'unreachable', 'this computer has no IPv6'],
    ['EPERM', 'unreachable', 'EPERM'],
  ])('%s: %s, "%s"', async (code, status, error) => {
    fail(code);
    const outcome = await tryConnect('10.0.0.21', 1688, deadline());
    expect({ status: outcome.status, error: outcome.error }).toEqual({ status, error });
  });

  it('an error without a code is shown as it is', async () => {
    fail(undefined, 'socket hang up');
    expect(await tryConnect('10.0.0.21', 1688, deadline())).toMatchObject({ status: 'unreachable', error: 'socket hang up' });
  });

  it('takes an address only, never a name', async () => {
    await expect(tryConnect('kms01.corp.test', 1688, deadline())).rejects.toThrow('tryConnect takes an address, not "kms01.corp.test"');
  });

  it('the time it took is measured from its start, on the clock', async () => {
    let now = 5_000;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 7));
    const outcome = await tryConnect('10.0.0.21', 1688, new Deadline({ stepMs: 1000, totalMs: 2000 }, () => 0));
    expect(outcome.status).toBe('open');
    // Started at 5007, connected at the next reading, 5014: 7 ms (not the clock's reading itself).
    expect(outcome.ms).toBe(7);
  });
});
