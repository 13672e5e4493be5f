// Which machine a wizard question is about, by the answer rule it reads with (its `reads`), for
// the rules that kms-doctor collect's JSON can answer: "Read this computer" is offered for a
// question only where this computer can be the machine it asks about. The lists are checked
// against the readers in test/powershell/read-local-offer.test.ts: every rule named here is
// answered by collected JSON of that machine, and every rule collected JSON answers is named.

/** The machine a question is about: the client, the KMS host, or either (both say the same). */
export type QuestionMachine = 'client' | 'kms-host' | 'any';

const CLIENT_RULES = [
  'channel-grace', 'channel-kms-client', 'client-domain', 'client-events', 'client-events-port', 'client-kms-host', 'client-product',
  'client-utc', 'tcp-test',
];
const HOST_RULES = ['host-listening-port', 'host-port', 'host-status', 'host-utc', 'kms-count', 'kms-host-fqdn', 'kms-publishing'];
const EITHER_RULES = ['channel', 'channel-hardware', 'error-code', 'key-kind', 'srv-lookup', 'srv-record-host', 'srv-record-port', 'time-source', 'cmid-compare', 'clock-offset'];

const MACHINES: ReadonlyMap<string, QuestionMachine> = new Map([
  ...CLIENT_RULES.map((r) => [r, 'client'] as const),
  ...HOST_RULES.map((r) => [r, 'kms-host'] as const),
  ...EITHER_RULES.map((r) => [r, 'any'] as const),
]);

/** The machine a question reading with `rule` is about; undefined when collected JSON does not answer it. */
export const machineOfRule = (rule: string | undefined): QuestionMachine | undefined => (rule ? MACHINES.get(rule) : undefined);

/** Every rule named here (for the test). */
export const RULES_BY_MACHINE = { client: CLIENT_RULES, 'kms-host': HOST_RULES, any: EITHER_RULES } as const;
