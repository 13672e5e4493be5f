// Reads slmgr output: /dlv, /dli, /xpr, /ato and the lines of its other actions (/ipk, /skms,
// /upk) that come with them in a transcript. English labels give every fact; in any other
// language the shapes still give most: channel tokens, GUIDs (the CMID is the GUID that is
// neither the activation ID nor Windows' application ID), host:port, codes, the partial key.

import { sideOf, type Facts, type ReadingKind } from './reading.js';
import { channelOf, channelToken, isKeyChannel, NOT_GENUINE, SENTENCES, slmgrField, statusOf, type SlmgrField } from './slmgr-words.js';
import { splitLabel } from './text-lines.js';
import {
  applicationOf, codeIn, guidValue, hexValue, hostPortValue, intValue, isAddress, isNameWithPort, isOfficeApplicationId, isPartialKey,
  labelledCodeIn, leadingInt, WINDOWS_APPLICATION_ID,
} from './values.js';

/** What the slmgr reader made of a chunk, with how strongly it looks like each slmgr output. */
export interface SlmgrReading {
  kind: ReadingKind;
  facts: Facts;
  code?: string;
  /** Lines that were slmgr's (0: not slmgr output at all). */
  score: number;
  /** Only lines of actions (/ipk, /skms, /upk …): it belongs with the slmgr output next to it. */
  actionOnly: boolean;
}

type Marks = { dlv: number; dli: number; xpr: number; ato: number; action: number };

const DLV_FIELDS: ReadonlySet<SlmgrField> = new Set([
  'activationId', 'applicationId', 'extendedPid', 'productKeyChannel', 'installationId', 'serviceVersion', 'rearmCount',
  'trustedTime', 'activationType',
]);
const EXTENDED_PID = /^\d{5}-\d{5}-\d{3}-\d{6}-\d{2}-\d{4}-/;
// "243720 minute(s) (169 day(s))", "259200 Minute(n) (180 Tag(e))", "259200 分钟(180 天)".
const DAYS_LEFT = /^\d+\s*\D{1,20}?\(\s*\d+\s*\D{1,20}\)$/;
const NOT_A_HOST_COUNT = new Set([-1, 4294967295]);

class SlmgrState {
  readonly facts: Facts = {};
  readonly marks: Marks = { dlv: 0, dli: 0, xpr: 0, ato: 0, action: 0 };
  code?: string;
  appIdLine = -1;
  readonly guids: { guid: string; index: number }[] = [];
  readonly indentedInts: number[] = [];

  sentence(line: string): boolean {
    const f = this.facts;
    let m: RegExpExecArray | null;
    if ((m = SENTENCES.activating.exec(line))) {
      f.productName ??= m[1];
      f.activationId ??= m[2]!.toLowerCase();
      this.marks.ato += 1;
    } else if (SENTENCES.activated.test(line)) {
      f.activated = true;
      this.marks.ato += 1;
    } else if (SENTENCES.productNotFound.test(line)) {
      f.productNotFound = true;
      this.marks.ato += 1;
    } else if ((m = SENTENCES.installedKey.exec(line))) {
      const key = m[1]!.split('-').pop()!;
      if (isPartialKey(key)) f.partialKey = key;
      this.marks.action += 1;
    } else if ((m = SENTENCES.skms.exec(line))) {
      f.kmsHostRegistered = hostPortValue(m[1]!);
      this.marks.action += 1;
    } else if ((m = SENTENCES.volumeExpiry.exec(line))) {
      f.expiry ??= m[1]!.trim();
      this.marks.xpr += 1;
    } else if (SENTENCES.permanent.test(line)) {
      f.permanent = true;
      this.marks.xpr += 1;
    } else if (SENTENCES.nonGenuine.test(line)) {
      f.licenseStatus ??= 'notification';
      f.notificationReason ??= NOT_GENUINE;
      this.code ??= NOT_GENUINE;
      this.marks.ato += 1;
    } else if (SENTENCES.notificationMode.test(line)) {
      f.licenseStatus ??= 'notification';
      this.marks.xpr += 1;
    } else if (SENTENCES.kmsInfoPending.test(line)) {
      f.kmsInfoPending = true;
      this.marks.dlv += 1;
    } else if (SENTENCES.kmsEnabled.test(line)) {
      f.kmsHostEnabled = true;
      this.marks.dli += 1;
    } else if ((m = SENTENCES.publishing.exec(line))) {
      f.dnsPublishing = m[1]!.toLowerCase() === 'enabled';
      this.marks.dli += 1;
    } else if ((m = SENTENCES.caching.exec(line))) {
      f.hostCaching = m[1]!.toLowerCase() === 'enabled';
      this.marks.dli += 1;
    } else if (SENTENCES.action.test(line)) {
      this.marks.action += 1;
    } else return false;
    return true;
  }

  known(field: SlmgrField, value: string, index: number): void {
    const f = this.facts;
    this.marks[DLV_FIELDS.has(field) ? 'dlv' : 'dli'] += 1;
    switch (field) {
      case 'productName': f.productName ??= value; break;
      case 'description': f.description ??= value; break;
      case 'partialKey': if (isPartialKey(value)) f.partialKey ??= value.trim(); break;
      case 'licenseStatus': f.licenseStatusText ??= value; f.licenseStatus ??= statusOf(value); break;
      case 'notificationReason': f.notificationReason ??= hexValue(value) ?? codeIn(value); break;
      case 'activationId': f.activationId ??= guidValue(value); break;
      case 'applicationId': this.appIdLine = index; f.application ??= applicationOf(value); break;
      case 'productKeyChannel':
        if (isKeyChannel(value)) { f.channelText ??= value; f.channel ??= channelOf(value); }
        break;
      case 'serviceVersion': f.serviceVersion ??= value; break;
      case 'cmid': f.cmid ??= guidValue(value); break;
      case 'kmsHostDiscovered': f.kmsHostDiscovered ??= hostPortValue(value); break;
      case 'kmsHostRegistered': f.kmsHostRegistered ??= hostPortValue(value); break;
      case 'kmsHostAddress': if (isAddress(value)) f.kmsHostAddress ??= value; break;
      case 'lookupDomain': if (value) f.lookupDomain ??= value; break;
      case 'currentCount': {
        const n = intValue(value);
        if (n !== undefined && !NOT_A_HOST_COUNT.has(n)) f.currentCount ??= n;
        break;
      }
      case 'listeningPort': f.listeningPort ??= intValue(value); break;
      case 'totalRequests': f.totalRequests ??= intValue(value); break;
      case 'failedRequests': f.failedRequests ??= intValue(value); break;
      case 'graceExpiration': f.graceMinutes ??= leadingInt(value); break;
      default: break;
    }
  }

  /** A label this reader does not know (another language): read the value by its shape. */
  byShape(label: string, value: string, index: number, indented: boolean): void {
    const f = this.facts;
    const guid = guidValue(value);
    if (guid) {
      if (guid === WINDOWS_APPLICATION_ID || isOfficeApplicationId(guid)) {
        this.appIdLine = index;
        f.application ??= applicationOf(guid);
        this.marks.dlv += 1;
      } else this.guids.push({ guid, index });
    } else if (isNameWithPort(value)) {
      if (label.includes('dns')) f.kmsHostDiscovered ??= hostPortValue(value);
      else f.kmsHostRegistered ??= hostPortValue(value);
      this.marks.dli += 1;
    } else if (isKeyChannel(value)) {
      f.channelText ??= value;
      f.channel ??= channelOf(value);
      this.marks.dlv += 1;
    } else if (isPartialKey(value)) {
      f.partialKey ??= value;
      this.marks.dli += 1;
    } else if (hexValue(value) && Number.parseInt(hexValue(value)!.slice(2), 16) >= 0x8000_0000) {
      f.notificationReason ??= hexValue(value);
    } else if (DAYS_LEFT.test(value)) {
      f.graceMinutes ??= leadingInt(value);
    } else if (/^\d+\.\d+\.\d+\.\d+$/.test(value) && !isAddress(value)) {
      f.serviceVersion ??= value;
      this.marks.dlv += 1;
    } else if ((EXTENDED_PID.test(value) && !indented) || /^\d{50,}$/.test(value)) {
      // The product's own extended PID is a /dlv line; the KMS host's (indented) is in /dli too.
      this.marks.dlv += 1;
    } else if (!f.licenseStatus && statusOf(value)) {
      f.licenseStatusText = value;
      f.licenseStatus = statusOf(value);
    }
  }
}

/** Which slmgr output the command line names (`slmgr /dli`, `slmgr.vbs -dlv`). */
function kindOfCommand(command: string | undefined): ReadingKind | undefined {
  const m = command && /slmgr(?:\.vbs)?\b.*?[-/](dlv|dli|xpr|ato)\b/i.exec(command);
  return m ? (`slmgr-${m[1]!.toLowerCase()}` as ReadingKind) : undefined;
}

/** Reads one slmgr output (or a transcript of several slmgr runs) from its lines. */
export function readSlmgr(lines: readonly string[], command?: string): SlmgrReading {
  const s = new SlmgrState();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const token = channelToken(line);
    if (token) { s.facts.channelText ??= token; s.facts.channel ??= channelOf(token); s.marks.dli += 1; }
    if (s.sentence(line)) return;
    const errorCode = /^\S+\s*[:：]/.test(line) && !/notification|reason/i.test(line) ? labelledCodeIn(line) : undefined;
    if (errorCode) { s.code ??= errorCode; s.marks.ato += 1; return; }
    const pair = splitLabel(raw);
    if (!pair || pair.value === '') return;
    const indented = /^\s/.test(raw);
    if (indented && intValue(pair.value) !== undefined) s.indentedInts.push(intValue(pair.value)!);
    const field = slmgrField(pair.label);
    if (field) s.known(field, pair.value, index);
    else s.byShape(pair.label, pair.value, index, indented);
  });
  return finish(s, lines, command);
}

function finish(s: SlmgrState, lines: readonly string[], command: string | undefined): SlmgrReading {
  const f = s.facts;
  if (f.productName === undefined && f.description === undefined) xprName(lines, s);
  for (const { guid, index } of s.guids) {
    if (guid === f.activationId || guid === f.cmid) continue;
    if (s.appIdLine >= 0 && index < s.appIdLine) f.activationId ??= guid;
    else f.cmid ??= guid;
  }
  if (f.channel === undefined && /\beval\b|eval edition/i.test(f.productName ?? '')) f.channel = 'eval';
  // Without its Application ID line (slmgr /dli), Office's licence still names itself.
  if (f.application === undefined && /^Office\b|\bOffice ?\d{2}\b/i.test(f.productName ?? f.description ?? '')) f.application = 'office';
  const side = sideOf(f);
  if (side) f.side = side;
  if (f.side === 'host') hostNumbersByPlace(s);
  const m = s.marks;
  const score = m.dlv + m.dli + m.xpr + m.ato + m.action;
  const kind: ReadingKind =
    (score > 0 ? kindOfCommand(command) : undefined) ??
    (m.dlv > 0 ? 'slmgr-dlv' : m.dli > 0 ? 'slmgr-dli' : m.xpr > 0 ? 'slmgr-xpr' : m.ato > 0 ? 'slmgr-ato' : 'unknown');
  const code = s.code ?? f.notificationReason;
  const actionOnly = m.action > 0 && m.dlv + m.dli + m.xpr + m.ato === 0;
  return { kind, facts: f, ...(code ? { code } : {}), score, actionOnly };
}

/**
 * slmgr /xpr prints the product name on a line ending in ":" and the state indented below it
 * ("Windows(R), Professional edition:" / "    The machine is permanently activated.").
 */
function xprName(lines: readonly string[], s: SlmgrState): void {
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length < 2 || filled.length > 4) return;
  const [first, second] = filled;
  if (/^\S.*[:：]$/.test(first!) && /^\s+\S/.test(second!)) {
    s.facts.productName = first!.trim().replace(/[:：]$/, '');
    if (s.marks.xpr === 0 && s.marks.dli + s.marks.dlv === 0) {
      s.marks.xpr += 1;
      s.facts.expiry ??= /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.*$/.exec(second!)?.[0];
    }
  }
}

/**
 * A KMS host's section always prints the count first and the port second, indented, in every
 * language (slmgr.vbs writes them in that order); used for what the labels did not give.
 */
function hostNumbersByPlace(s: SlmgrState): void {
  const [count, port] = s.indentedInts;
  if (count !== undefined && count >= 0 && count <= 50) s.facts.currentCount ??= count;
  if (port !== undefined && port >= 1 && port <= 65535) s.facts.listeningPort ??= port;
}
