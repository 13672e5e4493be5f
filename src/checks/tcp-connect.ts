// The TCP part of the live check: open a connection to an address and close it at once.
// Nothing is ever written on it, so a KMS host sees a connection and no request: it cannot
// activate anything or count this computer.

import { connect, isIP } from 'node:net';
import { errorCode, type Deadline } from './deadline.js';
import type { TcpStatus } from './report.js';

/** How one connect ended. */
export interface ConnectOutcome {
  status: Exclude<TcpStatus, 'unresolved'>;
  ms: number;
  error: string | null;
}

const ERROR_TEXT: Record<string, string> = {
  ECONNREFUSED: 'the host answered that nothing listens on that port',
  ECONNRESET: 'the host reset the connection',
  ETIMEDOUT: 'no answer',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'no route to that network',
  EADDRNOTAVAIL: 'this computer has no address to reach it from',
  EAFNOSUPPORT: 'this computer has no IPv6',
};

/**
 * The status a connect error means: a reset during the handshake is a refusal too; every
 * other error (no route, no address family, a local firewall's EPERM) means unreachable.
 */
export function statusOfConnectError(code: string | undefined): ConnectOutcome['status'] {
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return 'refused';
  if (code === 'ETIMEDOUT') return 'timeout';
  return 'unreachable';
}

/** Opens a TCP connection to `address` (an IP address) and `port`, then closes it unwritten. */
export async function tryConnect(address: string, port: number, deadline: Deadline): Promise<ConnectOutcome> {
  if (!isIP(address)) throw new Error(`tryConnect takes an address, not "${address}"`);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // An IP address skips name lookup: only the resolver chosen for the check resolves names.
  const socket = connect({ host: address, port });
  socket.on('error', () => undefined); // errors are read below; one after the result must not throw
  const outcome = await deadline.run(
    () =>
      new Promise<number>((resolve, reject) => {
        socket.once('connect', () => resolve(elapsed()));
        socket.once('error', reject);
      }),
    () => socket.destroy(),
  );
  socket.destroy();
  if (outcome.kind === 'value') return { status: 'open', ms: outcome.value, error: null };
  if (outcome.kind === 'timeout') return { status: 'timeout', ms: elapsed(), error: `no answer within ${Number((outcome.ms / 1000).toFixed(1))} s` };
  const code = errorCode(outcome.error);
  return { status: statusOfConnectError(code), ms: elapsed(), error: (code && ERROR_TEXT[code]) ?? `${code ?? String(outcome.error)}` };
}
