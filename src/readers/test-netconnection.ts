// Reads `Test-NetConnection <host> -Port <port>`: the host and address tested, the port, and
// TcpTestSucceeded. Its property names and True/False are the same in every language; its
// WARNING lines are English only ("Name resolution of … failed", "TCP connect to … failed").

import type { Facts, TcpResult } from './reading.js';
import { psList } from './ps-output.js';
import { boolValue, hostPortValue, intValue, isAddress } from './values.js';

/** What the Test-NetConnection reader made of a chunk. */
export interface TcpReading {
  facts: Facts;
  score: number;
}

/** The host and port a Test-NetConnection command line names. */
function fromCommand(command: string | undefined): TcpResult {
  if (!command || !/test-netconnection|\btnc\b/i.test(command)) return {};
  const result: TcpResult = {};
  const port = /-(?:Port|RemotePort)\s+(\d{1,5})\b/i.exec(command);
  if (port) result.port = Number(port[1]);
  const named = /-ComputerName\s+("[^"]*"|'[^']*'|\S+)/i.exec(command);
  const positional = /(?:test-netconnection|\btnc)\s+(?!-)("[^"]*"|'[^']*'|[^\s"']+)/i.exec(command);
  const host = (named ?? positional)?.[1]?.replace(/^["']|["']$/g, '');
  if (host) result.host = host;
  return result;
}

/** Reads Test-NetConnection output. */
export function readTestNetConnection(lines: readonly string[], command?: string): TcpReading {
  const tcp: TcpResult = fromCommand(command);
  let score = tcp.port !== undefined || tcp.host !== undefined ? 2 : 0;
  for (const o of psList(lines)) {
    if (!('tcptestsucceeded' in o || 'remoteport' in o || 'remoteaddress' in o || 'pingsucceeded' in o)) continue;
    score += Object.keys(o).length;
    if (o.computername) tcp.host = o.computername;
    if (o.remoteaddress) tcp.address = o.remoteaddress;
    const port = intValue(o.remoteport);
    if (port !== undefined) tcp.port = port;
    const tcpOk = boolValue(o.tcptestsucceeded);
    if (tcpOk !== undefined) tcp.succeeded = tcpOk;
    const ping = boolValue(o.pingsucceeded);
    if (ping !== undefined) tcp.pingSucceeded = ping;
    const named = boolValue(o.nameresolutionsucceeded);
    if (named !== undefined) tcp.nameResolved = named;
  }
  for (const raw of lines) {
    const line = raw.trim();
    const noName = /^WARNING: Name resolution of (\S+) failed/i.exec(line);
    if (noName) {
      tcp.nameResolved = false;
      tcp.host ??= noName[1];
      score += 3;
    }
    const connect = /^WARNING: TCP connect to \(?([^)]*?)\)? failed/i.exec(line);
    if (connect) {
      tcp.succeeded = false;
      const target = hostPortValue(connect[1]!.replace(/\s*:\s*/, ':'));
      if (target?.port !== undefined) tcp.port ??= target.port;
      if (target && isAddress(target.host)) tcp.address ??= target.host;
      score += 3;
    }
  }
  // No address at all and no TCP result: the name did not resolve (the WARNING may be missing
  // or translated).
  if (tcp.nameResolved === undefined && score > 0 && !tcp.address && tcp.succeeded === undefined && tcp.host) tcp.nameResolved = false;
  else if (tcp.address && tcp.nameResolved === undefined && isAddress(tcp.address)) tcp.nameResolved = true;
  return { facts: Object.keys(tcp).length > 0 && score > 0 ? { tcp } : {}, score };
}
