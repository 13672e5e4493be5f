// Every file under data/, bundled into the bin as it is. The build has already checked them
// (validate-data.ts), so the bin trusts their shape and loads no schema library; the tests
// check them again against the same schemas.

import docsCodes from '../../data/error-codes/docs.json' with { type: 'json' };
import factsCodes from '../../data/error-codes/facts.json' with { type: 'json' };
import setupKeys from '../../data/setup-keys.json' with { type: 'json' };
import slmgrCommands from '../../data/commands/slmgr.json' with { type: 'json' };
import generalCommands from '../../data/commands/general.json' with { type: 'json' };
import codesDocsCommands from '../../data/commands/codes-docs.json' with { type: 'json' };
import codesFactsCommands from '../../data/commands/codes-facts.json' with { type: 'json' };
import dnsCommands from '../../data/commands/dns.json' with { type: 'json' };
import networkCommands from '../../data/commands/network.json' with { type: 'json' };
import keysCommands from '../../data/commands/keys.json' with { type: 'json' };
import miscCommands from '../../data/commands/misc.json' with { type: 'json' };
import verifySteps from '../../data/verify.json' with { type: 'json' };
import type { CommandSpec, VerifyStep } from '../../flows/step.js';
import type { ErrorEntry, SetupKeyEntry } from './schema.js';

/** The data files by their path below data/, grouped by what they hold. */
export interface DataFiles<
  Codes = readonly ErrorEntry[], Commands = Readonly<Record<string, CommandSpec>>, Keys = readonly SetupKeyEntry[], Verify = Readonly<Record<string, VerifyStep>>,
> {
  /** data/error-codes/*.json: the error-code catalog, split by source. */
  errorCodes: Readonly<Record<string, Codes>>;
  /** data/commands/*.json: the command library, merged by id. */
  commands: Readonly<Record<string, Commands>>;
  /** data/setup-keys.json: the KMS client setup keys. */
  setupKeys: Readonly<Record<string, Keys>>;
  /** data/verify.json: the shared "Check that it worked" steps. */
  verify: Readonly<Record<string, Verify>>;
}

/** The same files before anything has checked them (what the validator takes). */
export type UncheckedDataFiles = DataFiles<unknown, unknown, unknown, unknown>;

/** The shipped data files. Their types are asserted: the build refuses data that does not match. */
export const DATA_FILES = {
  errorCodes: {
    'error-codes/docs.json': docsCodes,
    'error-codes/facts.json': factsCodes,
  },
  commands: {
    'commands/slmgr.json': slmgrCommands,
    'commands/general.json': generalCommands,
    'commands/codes-docs.json': codesDocsCommands,
    'commands/codes-facts.json': codesFactsCommands,
    'commands/dns.json': dnsCommands,
    'commands/network.json': networkCommands,
    'commands/keys.json': keysCommands,
    'commands/misc.json': miscCommands,
  },
  setupKeys: { 'setup-keys.json': setupKeys },
  verify: { 'verify.json': verifySteps },
} as unknown as DataFiles;
