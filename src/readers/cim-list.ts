// Reads the Format-List output of the PowerShell twins of slmgr (Get-CimInstance
// SoftwareLicensingProduct / SoftwareLicensingService | Format-List …). They hold what slmgr
// /dlv and /dli show, under CIM property names that are the same in every language, so they
// are read as those kinds.

import { cimFacts, type CimObject } from './cim-facts.js';
import { psList } from './ps-output.js';
import type { Facts, ReadingKind } from './reading.js';

/** What the CIM list reader made of a chunk. */
export interface CimReading {
  kind: ReadingKind;
  facts: Facts;
  score: number;
}

const PRODUCT = /^(licensestatus|licensestatusreason|notificationreason|partialproductkey|productkeychannel|graceperiodremaining|expires)$/;
const SERVICE = /^(clientmachineid|iskeymanagementservicemachine|requiredclientcount|keymanagementservice\w+|discoveredkeymanagementservice\w+)$/;
const HOST_ONLY = /^(keymanagementservice(currentcount|listeningport|dnspublishing|totalrequests|failedrequests)|requiredclientcount)$/;

/** Reads CIM objects printed as lists. */
export function readCimList(lines: readonly string[]): CimReading {
  let product: CimObject = {};
  let service: CimObject = {};
  let score = 0;
  let productProps = 0;
  let hostProps = 0;
  let expiry = false;
  for (const o of psList(lines)) {
    const keys = Object.keys(o);
    const p = keys.filter((k) => PRODUCT.test(k)).length;
    const s = keys.filter((k) => SERVICE.test(k)).length;
    // Unfiltered, the query lists every edition; the one with a key is the licence in use.
    if (p > 0 && (Object.keys(product).length === 0 || (!product.partialproductkey && o.partialproductkey))) product = o;
    if (s > 0 && Object.keys(service).length === 0) service = o;
    // CIM property names (LicenseStatus, PartialProductKey …) never appear in slmgr's text, so
    // each weighs more than a label slmgr shares with it ("Name", "Description").
    score += 3 * (p + s);
    productProps += p;
    hostProps += keys.filter((k) => HOST_ONLY.test(k)).length;
    expiry ||= 'expires' in o;
  }
  if (score === 0) return { kind: 'unknown', facts: {}, score: 0 };
  // Expires is the /xpr twin's column; the others are /dlv's and /dli's.
  const kind: ReadingKind = expiry ? 'slmgr-xpr' : productProps > 0 || 'clientmachineid' in service || hostProps === 0 ? 'slmgr-dlv' : 'slmgr-dli';
  return { kind, facts: cimFacts(product, service), score };
}
