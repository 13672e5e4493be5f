// The values `explain` accepts for its commands (--domain, --host, --port …): each checked by
// the wizard's own validator for that field, so a value refused in the wizard is refused here,
// with the same words. And, for a command still lacking some, which option would fill them.

import { fieldSpec, placeholderFor } from '../input/fields.js';
import type { Answers } from '../../flows/lib/context.js';
import { joinWords } from '../text/join-words.js';
import { visible } from '../text/visible.js';
import { UsageError } from './args.js';

/** An option that fills a template value: its field, and how its help shows it. */
interface ValueOption {
  field: string;
  meta: string;
  description: string;
}

/** The value options, as help lists them. */
export const VALUE_OPTIONS: Readonly<Record<string, ValueOption>> = {
  host: { field: 'kmsHost', meta: '<host[:port]>', description: 'the KMS host, by name or address, with its port when it is not 1688' },
  port: { field: 'port', meta: '<number>', description: "the KMS host's port, when it is not 1688" },
  domain: { field: 'domain', meta: '<name>', description: "the client's DNS domain (e.g. corp.contoso.com)" },
  'dns-server': { field: 'dnsServer', meta: '<address>', description: 'the DNS server to ask' },
  key: { field: 'productKey', meta: '<product-key>', description: 'the product key to install' },
  'confirmation-id': { field: 'confirmationId', meta: '<digits>', description: 'the confirmation ID read out by phone activation' },
};

// Template names that one option does not fill alone.
const PARTS: Readonly<Record<string, readonly string[]>> = { kmsHostPort: ['kmsHost', 'port'] };

/** The answers the given options set, each validated; a refused value is a UsageError. */
export function valuesFromOptions(given: Readonly<Record<string, unknown>>): Answers {
  let answers: Answers = {};
  // The port first: the host's validator takes it as the default for a host without one.
  const order = Object.entries(VALUE_OPTIONS).sort(([a], [b]) => Number(b === 'port') - Number(a === 'port'));
  for (const [option, { field }] of order) {
    const raw = given[option];
    if (typeof raw !== 'string') continue;
    const result = fieldSpec(field).validate(raw, answers);
    if (!result.ok) throw new UsageError(`--${option}: ${visible(result.message)}`);
    if (option === 'host' && typeof answers.port === 'number' && result.value.port !== answers.port) {
      throw new UsageError(`--host names port ${String(result.value.port)} but --port says ${answers.port}; give the port once`);
    }
    answers = { ...answers, ...result.value };
  }
  return answers;
}

/** The names a person gives for `missing` template names: kmsHostPort is a host and a port. */
export const missingNames = (missing: readonly string[]): string[] => [...new Set(missing.flatMap((name) => PARTS[name] ?? [name]))];

/** "NOT READY: fill in <kms-host> and <port> first (--host, --port)". */
export function notReadyLine(missing: readonly string[]): string {
  const names = missingNames(missing);
  const options = names.flatMap((name) => Object.entries(VALUE_OPTIONS).filter(([, o]) => o.field === name).map(([option]) => `--${option}`));
  const how = options.length > 0 ? ` (${options.join(', ')})` : '';
  return `NOT READY: fill in ${joinWords(names.map(placeholderFor))} first${how}`;
}
