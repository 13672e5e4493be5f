// The values a live check takes, validated by the wizard's own fields (src/input/fields.ts):
// nothing typed reaches a resolver or a socket unless the wizard would have accepted it.
// Only what the wizard has no field for is checked here: a port after the DNS server, and
// the time limit.

import { isIP, isIPv6 } from 'node:net';
import { fieldSpec } from '../input/fields.js';
import { fail, ok, validateInteger, type Validation } from '../input/validate.js';

/** The KMS port when none is given. */
export const DEFAULT_KMS_PORT = 1688;

/** A DNS domain, as the wizard's `domain` field takes it. */
export function checkDomain(raw: string): Validation<string> {
  const v = fieldSpec('domain').validate(raw, {});
  return v.ok ? ok(String(v.value.domain)) : v;
}

/** A KMS host with an optional port, as the wizard's `kmsHost` field takes it (port 1688 by default). */
export function checkHost(raw: string): Validation<{ host: string; port: number }> {
  const v = fieldSpec('kmsHost').validate(raw, {});
  if (!v.ok) return v;
  const port = typeof v.value.port === 'number' ? v.value.port : DEFAULT_KMS_PORT;
  return ok({ host: String(v.value.kmsHost), port });
}

/**
 * A DNS server as `--dns-server IP[:PORT]` takes it ("10.0.0.10", "127.0.0.1:5353",
 * "[fd00::53]:53"), returned in the form Resolver.setServers takes. The address goes through
 * the wizard's `dnsServer` field; it must be an address, because Node's resolver asks
 * addresses only (and looking the server's name up would need a DNS server already).
 */
export function checkDnsServer(raw: string): Validation<string> {
  const text = raw.trim();
  const split = /^\[([^\]]*)\](?::(.*))?$/.exec(text) ?? (isIPv6(text) ? undefined : /^([^:]*):(.*)$/.exec(text));
  const addressText = split ? split[1]! : text;
  const portText = split?.[2];
  const v = fieldSpec('dnsServer').validate(addressText, {});
  if (!v.ok) return v;
  const address = String(v.value.dnsServer);
  if (!isIP(address)) return fail(`The DNS server must be given by its address (such as 10.0.0.10), not by its name: ${address} would need a DNS server to be found.`);
  if (portText === undefined) return ok(address);
  const port = validateInteger(portText, 1, 65535, 'The DNS server\'s port');
  if (!port.ok) return port;
  return ok(isIPv6(address) ? `[${address}]:${port.value}` : `${address}:${port.value}`);
}

/** The longest `--timeout` we accept: a live check is meant to be quick. */
export const MAX_TIMEOUT_SECONDS = 60;

/** The per-step time limit in seconds: a number from 0.1 to 60. */
export function checkTimeout(raw: string): Validation<number> {
  const text = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return fail(`The timeout is a number of seconds, such as 3 or 0.5; "${text}" is not.`);
  const seconds = Number(text);
  if (seconds < 0.1 || seconds > MAX_TIMEOUT_SECONDS) return fail(`The timeout must be from 0.1 to ${MAX_TIMEOUT_SECONDS} seconds; ${seconds} is out of range.`);
  return ok(seconds);
}
