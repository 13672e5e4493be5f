// `kms-doctor check [--domain D] [--host H[:PORT]] [--dns-server IP[:PORT]] [--timeout SECONDS]
// [--json]`: a live look from this computer at what a KMS client needs from the network, the
// SRV record and an open port. Read-only: it asks DNS and opens and closes TCP connections.
// Exit 0 when everything answered, 1 when a problem was found, 2 for a usage error.

import { parseArgs } from 'node:util';
import { checkDnsServer, checkDomain, checkHost, checkTimeout } from '../checks/check-input.js';
import { DEFAULT_LIMITS, limitsFor } from '../checks/deadline.js';
import { reportText } from '../checks/report-text.js';
import { runCheck, type CheckRequest } from '../checks/run-check.js';
import type { Validation } from '../input/validate.js';
import type { CommandResult, CommandRun } from './command.js';

/** The usage text of `check`. */
export const CHECK_USAGE = `Usage: kms-doctor check [--domain D] [--host H[:PORT]] [--dns-server IP[:PORT]] [--timeout SECONDS] [--json]

Looks from this computer: with --domain, asks DNS for _vlmcs._tcp.D (the SRV record KMS
clients use to find their host), then each host it names, then opens a TCP connection to
each host's port. With --host, tests that host directly (port 1688 unless given).
Nothing is sent on a connection: it never activates anything and never counts.

  --domain D            the client's DNS domain (corp.contoso.com)
  --host H[:PORT]       a KMS host to test directly (kms01.corp.contoso.com:1688)
  --dns-server IP[:P]   ask this DNS server instead of this computer's own
  --timeout SECONDS     the most one step may wait (default 3); all ends within SECONDS + 2
  --json                print one JSON object
  -h, --help            show this help

Exit codes: 0 everything answered · 1 a problem was found · 2 usage error
`;

const OPTIONS = {
  domain: { type: 'string' },
  host: { type: 'string' },
  'dns-server': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `kms-doctor check: ${message}\n\n${CHECK_USAGE}`, exitCode: 2 });

type Parsed = { request: CheckRequest; json: boolean } | { help: true } | { error: string };

function parse(args: readonly string[]): Parsed {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  if (values.domain === undefined && values.host === undefined) return { error: 'give --domain, --host, or both.' };
  const request: CheckRequest = {};
  const take = <T>(flag: string, raw: string | undefined, validate: (raw: string) => Validation<T>, set: (value: T) => void): string | undefined => {
    if (raw === undefined) return undefined;
    const v = validate(raw);
    if (!v.ok) return `--${flag}: ${v.message}`;
    set(v.value);
    return undefined;
  };
  const error =
    take('domain', values.domain, checkDomain, (d) => (request.domain = d)) ??
    take('host', values.host, checkHost, (h) => (request.host = h)) ??
    take('dns-server', values['dns-server'], checkDnsServer, (s) => (request.dnsServer = s)) ??
    take('timeout', values.timeout, checkTimeout, (t) => (request.limits = limitsFor(t)));
  if (error) return { error };
  request.limits ??= DEFAULT_LIMITS;
  return { request, json: values.json ?? false };
}

/** Runs `kms-doctor check` with the arguments after the command word. */
export const run: CommandRun = async (args, io) => {
  const parsed = parse(args);
  if ('error' in parsed) return usageError(parsed.error);
  if ('help' in parsed) return { stdout: CHECK_USAGE, exitCode: 0 };
  const report = await runCheck(parsed.request);
  const width = Math.min(io.stdoutIsTTY && io.columns ? io.columns : 80, 100);
  return {
    stdout: parsed.json ? JSON.stringify(report, null, 2) + '\n' : reportText(report, width),
    exitCode: report.problem ? 1 : 0,
  };
};
