// The few parts of the DNS wire format (RFC 1035, SRV from RFC 2782) our loopback responder
// needs: read the question of a query, write a reply with SRV, A and AAAA answers. Written
// here rather than taken from a library: it is under a hundred lines and adds no dependency.

import { isIPv4, isIPv6 } from 'node:net';

/** Record types the responder answers (their numbers on the wire). */
export const TYPE = { A: 1, AAAA: 28, SRV: 33 } as const;

/** Response codes the responder can send. */
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/** One question of a query, as received (the name keeps its case: resolvers may randomise it). */
export interface DnsQuestion {
  id: number;
  name: string;
  type: number;
  /** Where the question ends in the packet: the reply repeats the packet up to here. */
  end: number;
  recursionDesired: boolean;
}

/** One SRV record's data. */
export interface SrvData {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

/** An answer record for the question's name. */
export type DnsAnswer = { type: 'SRV'; data: SrvData } | { type: 'A' | 'AAAA'; address: string };

/** Reads the id and first question of a query; undefined for a packet we cannot read. */
export function readQuestion(packet: Buffer): DnsQuestion | undefined {
  if (packet.length < 12 || packet.readUInt16BE(4) < 1) return undefined;
  const labels: string[] = [];
  let at = 12;
  for (;;) {
    const length = packet[at];
    if (length === undefined || length > 63) return undefined; // compression never appears in a question
    at += 1;
    if (length === 0) break;
    labels.push(packet.toString('latin1', at, at + length));
    at += length;
  }
  if (at + 4 > packet.length) return undefined;
  return {
    id: packet.readUInt16BE(0),
    name: labels.join('.'),
    type: packet.readUInt16BE(at),
    end: at + 4,
    recursionDesired: (packet[2]! & 0x01) !== 0,
  };
}

function encodeName(name: string): Buffer {
  const parts = name.split('.').filter(Boolean).map((label) => {
    const bytes = Buffer.from(label, 'latin1');
    return Buffer.concat([Buffer.from([bytes.length]), bytes]);
  });
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function rdataOf(answer: DnsAnswer): Buffer {
  if (answer.type === 'SRV') {
    const head = Buffer.alloc(6);
    head.writeUInt16BE(answer.data.priority, 0);
    head.writeUInt16BE(answer.data.weight, 2);
    head.writeUInt16BE(answer.data.port, 4);
    return Buffer.concat([head, encodeName(answer.data.target)]);
  }
  if (answer.type === 'A' && isIPv4(answer.address)) return Buffer.from(answer.address.split('.').map(Number));
  if (answer.type === 'AAAA' && isIPv6(answer.address)) return ipv6Bytes(answer.address);
  throw new Error(`not an ${answer.type} address: ${answer.address}`);
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::');
  const groups = (s: string) => s.split(':').filter(Boolean);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = address.includes('::') ? [...groups(head), ...Array<string>(missing).fill('0'), ...groups(tail)] : groups(address);
  const out = Buffer.alloc(16);
  all.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

/** A reply to `question`: the query's header and question repeated, then the answers. */
export function writeReply(query: Buffer, question: DnsQuestion, rcode: number, answers: readonly DnsAnswer[]): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(question.id, 0);
  // QR (a response), AA (authoritative), RD copied from the query, RA, and the rcode.
  header.writeUInt16BE(0x8000 | 0x0400 | (question.recursionDesired ? 0x0100 : 0) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  const records = answers.map((answer) => {
    const rdata = rdataOf(answer);
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's name at offset 12
    fixed.writeUInt16BE(TYPE[answer.type], 2);
    fixed.writeUInt16BE(1, 4); // class IN
    fixed.writeUInt32BE(60, 6); // TTL
    fixed.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([fixed, rdata]);
  });
  return Buffer.concat([header, query.subarray(12, question.end), ...records]);
}
