// A DNS responder over UDP on 127.0.0.1 for the live-check tests: it answers SRV, A and AAAA
// from a small zone, or says NXDOMAIN, SERVFAIL or REFUSED, or never answers at all (a
// black-holed server), or answers late. It binds to 127.0.0.1 only and never forwards.

import { createSocket } from 'node:dgram';
import { RCODE, TYPE, readQuestion, writeReply, type DnsAnswer, type SrvData } from './dns-wire.js';

export type { SrvData } from './dns-wire.js';

/** What the responder does with one question. */
export type DnsBehaviour =
  | { rcode?: keyof typeof RCODE; answers?: DnsAnswer[]; delayMs?: number }
  | 'drop';

/** A question as the handler sees it: the name lower-cased, the type by name when we know it. */
export interface AskedQuestion {
  name: string;
  type: 'A' | 'AAAA' | 'SRV' | number;
}

/** Decides the behaviour for each question. */
export type DnsHandler = (question: AskedQuestion) => DnsBehaviour;

/** A running responder. */
export interface LoopbackDns {
  /** "127.0.0.1:port", as `--dns-server` takes it. */
  server: string;
  port: number;
  /** Every question received, in order. */
  asked: AskedQuestion[];
  close(): Promise<void>;
}

const TYPE_NAMES = new Map<number, AskedQuestion['type']>(Object.entries(TYPE).map(([k, v]) => [v, k as AskedQuestion['type']]));

/** Starts a responder on 127.0.0.1 (a free port) that answers with `handler`. */
export async function startDnsServer(handler: DnsHandler): Promise<LoopbackDns> {
  const socket = createSocket('udp4');
  const asked: AskedQuestion[] = [];
  const timers = new Set<NodeJS.Timeout>();
  socket.on('message', (packet, from) => {
    const question = readQuestion(packet);
    if (!question) return;
    const seen: AskedQuestion = { name: question.name.toLowerCase(), type: TYPE_NAMES.get(question.type) ?? question.type };
    asked.push(seen);
    const behaviour = handler(seen);
    if (behaviour === 'drop') return;
    const reply = writeReply(packet, question, RCODE[behaviour.rcode ?? 'NOERROR'], behaviour.answers ?? []);
    const send = () => socket.send(reply, from.port, from.address);
    if (!behaviour.delayMs) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, behaviour.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve());
  });
  const { port } = socket.address();
  return {
    server: `127.0.0.1:${port}`,
    port,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout);
        socket.close(() => resolve());
      }),
  };
}

/** A zone: SRV and address records by name; names listed in `servfail`, `refused` or `drop` misbehave. */
export interface ZoneSpec {
  srv?: Record<string, SrvData[]>;
  a?: Record<string, string[]>;
  aaaa?: Record<string, string[]>;
  servfail?: string[];
  refused?: string[];
  /** Names whose questions are never answered. */
  drop?: string[];
  /** Answer every question this late (milliseconds). */
  delayMs?: number;
}

/**
 * A handler serving `spec`: records of the name and type asked, NOERROR with no answers
 * for a name that has records of other types only (NODATA), NXDOMAIN for unknown names.
 */
export function zone(spec: ZoneSpec): DnsHandler {
  const has = (list: string[] | undefined, name: string) => (list ?? []).includes(name);
  return ({ name, type }) => {
    if (has(spec.drop, name)) return 'drop';
    const delay = spec.delayMs ? { delayMs: spec.delayMs } : {};
    if (has(spec.servfail, name)) return { rcode: 'SERVFAIL', ...delay };
    if (has(spec.refused, name)) return { rcode: 'REFUSED', ...delay };
    const srv = spec.srv?.[name];
    const a = spec.a?.[name];
    const aaaa = spec.aaaa?.[name];
    if (!srv && !a && !aaaa) return { rcode: 'NXDOMAIN', ...delay };
    const answers: DnsAnswer[] =
      type === 'SRV' ? (srv ?? []).map((data) => ({ type: 'SRV', data }))
      : type === 'A' ? (a ?? []).map((address) => ({ type: 'A', address }))
      : type === 'AAAA' ? (aaaa ?? []).map((address) => ({ type: 'AAAA', address }))
      : [];
    return { answers, ...delay };
  };
}
