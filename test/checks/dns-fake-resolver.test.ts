// The DNS answers a loopback responder cannot give in a fixed order, each written out, with a
// resolver standing in for node:dns: an SRV answer with no records at all, a lookup that ends in
// ETIMEOUT (c-ares' own "no answer"), a query given up when its time is over (it is cancelled),
// and an address lookup whose A and AAAA answers come back empty, unanswered, or failing in
// either order (the worse failure is named, whichever question it came from).

import type { Resolver } from 'node:dns/promises';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/checks/deadline.js';
import { lookupAddresses, lookupSrv, type DnsAsker } from '../../src/checks/dns-lookup.js';

type Answer = unknown[] | { code: string } | 'hang';
const answer = (a: Answer): Promise<unknown[]> =>
  a === 'hang' ? new Promise(() => undefined) : Array.isArray(a) ? Promise.resolve(a) : Promise.reject(Object.assign(new Error(a.code), a));

/** A DNS that answers each question as told, and counts the queries it was asked to cancel. */
function fakeDns(answers: { srv?: Answer; a?: Answer; aaaa?: Answer }) {
  let cancelled = 0;
  const asker: DnsAsker = {
    resolver: () => ({
      resolveSrv: () => answer(answers.srv ?? []),
      resolve4: () => answer(answers.a ?? []),
      resolve6: () => answer(answers.aaaa ?? []),
      cancel: () => void cancelled++,
    }) as unknown as Resolver,
    servers: () => ['127.0.0.1'],
  };
  return { asker, cancelled: () => cancelled };
}

const deadline = () => new Deadline({ stepMs: 100, totalMs: 1000 });
const NAME = '_vlmcs._tcp.corp.test';

describe('lookupSrv', () => {
  it('an answer with no records is "none": the name has no record of that type', async () => {
    expect(await lookupSrv('corp.test', fakeDns({ srv: [] }).asker, deadline())).toEqual({
      name: NAME, records: [], recordsNotTested: 0, status: 'none', error: 'the name exists but has no record of that type', reason: 'nodata',
    });
  });

  it('ETIMEOUT from the resolver is "timeout": no answer', async () => {
    expect(await lookupSrv('corp.test', fakeDns({ srv: { code: 'ETIMEOUT' } }).asker, deadline())).toEqual({
      name: NAME, records: [], recordsNotTested: 0, status: 'timeout', error: 'no answer', reason: 'timeout',
    });
  });

  it('a query that outlasts its time is cancelled', async () => {
    const dns = fakeDns({ srv: 'hang' });
    const srv = await lookupSrv('corp.test', dns.asker, deadline());
    expect([srv.status, srv.reason, srv.error]).toEqual(['timeout', 'timeout', 'no answer within 0.1 s']);
    expect(dns.cancelled()).toBe(1);
  });
});

describe('lookupAddresses', () => {
  it('A and AAAA both empty: no address record', async () => {
    expect(await lookupAddresses('kms01.corp.test', fakeDns({ a: [], aaaa: [] }).asker, deadline())).toEqual({
      addresses: [], error: 'DNS has no address (A or AAAA) record for it', reason: 'nodata',
    });
  });

  it('A empty and AAAA unanswered: the time ran out (the unanswered question is cancelled)', async () => {
    const dns = fakeDns({ a: [], aaaa: 'hang' });
    expect(await lookupAddresses('kms01.corp.test', dns.asker, deadline())).toEqual({ addresses: [], error: 'no answer within 0.1 s', reason: 'timeout' });
    expect(dns.cancelled()).toBe(1);
  });

  it('A "no such name" and AAAA a server failure: the server failure is named', async () => {
    expect(await lookupAddresses('kms01.corp.test', fakeDns({ a: { code: 'ENOTFOUND' }, aaaa: { code: 'ESERVFAIL' } }).asker, deadline())).toEqual({
      addresses: [], error: 'the DNS server failed (SERVFAIL)', reason: 'servfail',
    });
  });
});
