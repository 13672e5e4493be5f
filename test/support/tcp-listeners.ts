// TCP peers on 127.0.0.1 for the live-check tests: a listener that accepts (and records what
// it received, to prove the check writes nothing), a closed port that refuses, and a silent
// port whose SYNs are never answered.
//
// The silent port, on loopback and without firewall rules: a child process listens with a
// backlog of 1 and then blocks its only thread in Atomics.wait, so it never calls accept().
// Linux completes handshakes into the accept queue by itself until the queue holds
// backlog + 1 connections; from then on it drops every new SYN (the listen-overflow path of
// tcp_conn_request, whatever tcp_syncookies says), so a connect() gets no SYN-ACK and only
// times out. The helper opens those backlog + 1 connections first and keeps them open.
// Atomics.wait sleeps in the kernel (a futex), so the child uses no CPU while it blocks.

import { spawn } from 'node:child_process';
import { createServer, connect, type Socket } from 'node:net';

const LOOPBACK = '127.0.0.1';

/** A listener that accepts connections and records them. */
export interface AcceptingListener {
  port: number;
  /** Connections accepted so far. */
  accepted(): number;
  /** Bytes received on all connections: a check that only opens and closes writes none. */
  bytesReceived(): number;
  /** Resolves once every accepted connection was closed by the peer. */
  allClosed(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a listener on 127.0.0.1 that accepts every connection and sends nothing. */
export async function startAcceptingListener(): Promise<AcceptingListener> {
  let accepted = 0;
  let bytes = 0;
  const open = new Set<Socket>();
  const closed: Promise<void>[] = [];
  const server = createServer((socket) => {
    accepted += 1;
    open.add(socket);
    socket.on('data', (chunk) => (bytes += chunk.length));
    socket.on('error', () => undefined);
    closed.push(new Promise((resolve) => socket.once('close', () => (open.delete(socket), resolve()))));
    socket.on('end', () => socket.end());
  });
  const port = await listen(server);
  return {
    port,
    accepted: () => accepted,
    bytesReceived: () => bytes,
    allClosed: async () => void (await Promise.all(closed)),
    close: () => new Promise<void>((resolve) => {
      open.forEach((s) => s.destroy());
      server.close(() => resolve());
    }),
  };
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: 0 }, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A port on 127.0.0.1 where nothing listens (connects are refused): bound, then closed. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Why no loopback port can stay silent on this platform ('' where one can). On Windows, libuv
 * posts AcceptEx calls as soon as a socket listens, so the system completes connections
 * while the listener's thread is blocked, and a full accept queue is answered with a reset:
 * every connect is either accepted or refused, never left unanswered.
 */
export const NO_SILENT_PORT =
  process.platform === 'win32' ? 'on Windows a listener accepts ahead (AcceptEx) and a full queue refuses: no loopback port stays silent' : '';

/** A port that never answers a SYN. */
export interface SilentListener {
  port: number;
  close(): Promise<void>;
}

const BACKLOG = 1;

// It wakes once a second only to see whether its parent is gone (a test run that crashed):
// then it exits rather than linger. Waking runs no event loop, so it still never accepts.
const CHILD = `
const server = require('node:net').createServer();
const parent = process.ppid;
server.listen({ host: '${LOOPBACK}', port: 0, backlog: ${BACKLOG} }, () => {
  process.stdout.write(server.address().port + '\\n', () => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    while (process.ppid === parent) Atomics.wait(cell, 0, 0, 1000);
    process.exit(0);
  });
});
`;

/** Starts a listener whose accept queue is full, so new connects hang until they time out. */
export async function startSilentListener(): Promise<SilentListener> {
  const child = spawn(process.execPath, ['-e', CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`silent listener exited early (${code})`)));
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
  });
  const fillers: Socket[] = [];
  try {
    for (let i = 0; i < BACKLOG + 1; i++) fillers.push(await connected(port));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    port,
    close: async () => {
      fillers.forEach((s) => s.destroy());
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function connected(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: LOOPBACK, port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** One peer of each kind: accepting, silent, and a closed port that refuses. */
export interface TcpPeers {
  accepting: AcceptingListener;
  silent: SilentListener;
  /** A port where nothing listens. */
  refusing: number;
  close(): Promise<void>;
}

/** Starts one peer of each kind on 127.0.0.1. */
export async function startTcpPeers(): Promise<TcpPeers> {
  const [accepting, silent, refusing] = await Promise.all([startAcceptingListener(), startSilentListener(), closedPort()]);
  return { accepting, silent, refusing, close: async () => void (await Promise.all([accepting.close(), silent.close()])) };
}
