// The values a live check takes, validated by the validators the wizard's fields use
// (src/input/fields.ts: domain, kmsHost, dnsServer): nothing typed reaches a resolver or a
// socket unless the wizard would have accepted it. We call the validators rather than the
// fields so that `check` does not load the catalog the fields module imports; a test
// checks that both agree. Only what the wizard has no field for is checked here: a port
// after the DNS server, and the time limit.

import { isIP, isIPv6 } from 'node:net';
import { validateDnsServer } from '../input/dns-names.js';
import { fail, ok, validateDnsName, validateHost, validateInteger, type Validation } from '../input/validate.js';

/** The KMS port when none is given. */
export const DEFAULT_KMS_PORT = 1688;

/** A DNS domain, as the wizard's `domain` field takes it. */
export const checkDomain = (raw: string): Validation<string> => validateDnsName(raw, 'A DNS domain');

/** A KMS host with an optional port, as the wizard's `kmsHost` field takes it (port 1688 by default). */
export function checkHost(raw: string): Validation<{ host: string; port: number }> {
  const v = validateHost(raw);
  return v.ok ? ok({ host: v.value.host, port: v.value.port ?? DEFAULT_KMS_PORT }) : v;
}

/**
 * A DNS server as `--dns-server IP[:PORT]` takes it ("10.0.0.10", "127.0.0.1:5353",
 * "[fd00::53]:53"), returned in the form Resolver.setServers takes. The address goes through
 * the validator of the wizard's `dnsServer` field; it must be an address, because Node's resolver asks
 * addresses only (and looking the server's name up would need a DNS server already).
 */
export function checkDnsServer(raw: string): Validation<string> {
  const text = raw.trim();
  const split = /^\[([^\]]*)\](?::(.*))?$/.exec(text) ?? (isIPv6(text) ? undefined : /^([^:]*):(.*)$/.exec(text));
  const addressText = split ? split[1]! : text;
  const portText = split?.[2];
  const v = validateDnsServer(addressText);
  if (!v.ok) return v;
  const address = v.value;
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
