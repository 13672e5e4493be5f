// What a folder of collected outputs (one per machine) says about the fleet: how many machines
// in each licence state, the codes seen, the KMS hosts used, cloned machines sharing one CMID,
// clocks more than 4 hours off, and what to do first. Pure: readings in, a summary out.

import { formatDuration, SKEW_LIMIT_SECONDS } from '../input/clock.js';
import { parseUtcTime } from '../input/utc-time.js';
import { STATUS_NAMES } from '../readers/fact-lines.js';
import { outputsOf, type Reading } from '../readers/reading.js';
import { newestExchange } from '../readers/rules/event-rules.js';
import { hostText } from '../readers/rules/rule.js';

/** One file of the folder and what was read from it. */
export interface FileReading {
  file: string;
  reading: Reading;
}

/** A clock too far from the others'. */
export interface ClockApart {
  machine: string;
  utcTime: string;
  /** Its clock minus the others' (their median, or the one other machine), in seconds. */
  apartSeconds: number;
}

/** The fleet at a glance. */
export interface FleetSummary {
  machines: number;
  unrecognised: string[];
  /** Licence status (slmgr's words) to the machines in it. */
  licenceStates: Record<string, string[]>;
  codes: Record<string, string[]>;
  kmsHosts: Record<string, string[]>;
  duplicateCmids: { cmid: string; machines: string[] }[];
  clocksApart: ClockApart[];
  firstSteps: string[];
}

// PC042 (collected) and pc042.corp.contoso.com (a host's event) are one machine.
const machineKey = (name: string) => name.toLowerCase().split('.')[0]!;

/** Machines by a key (a state, a code, a host, a CMID), each machine once, by the name it came with first. */
type Groups = Map<string, Map<string, string>>;

// A lookup per machine, not a scan of the list: a folder of 20 000 machines is read in seconds.
const addTo = (groups: Groups, key: string, machine: string) => {
  let machines = groups.get(key);
  if (!machines) groups.set(key, (machines = new Map()));
  const mk = machineKey(machine);
  if (!machines.has(mk)) machines.set(mk, machine);
};

/** The machine a file speaks for: the name it collected, else the file's own name. */
export const machineOf = ({ file, reading }: FileReading): string =>
  outputsOf(reading).find((r) => r.facts.computerName)?.facts.computerName ?? file.replace(/\.[^.]+$/, '');

function clocksApart(times: { machine: string; utcTime: string }[]): ClockApart[] {
  const read = times.flatMap((t) => {
    const v = parseUtcTime(t.utcTime);
    return v.ok && v.value.hasDate ? [{ ...t, seconds: v.value.seconds }] : [];
  });
  if (read.length < 2) return [];
  const sorted = read.map((t) => t.seconds).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return read.flatMap((t) => {
    // Two machines: each against the other. More: each against the middle one.
    const reference = read.length === 2 ? read.find((o) => o !== t)!.seconds : median;
    const apart = t.seconds - reference;
    return Math.abs(apart) > SKEW_LIMIT_SECONDS ? [{ machine: t.machine, utcTime: t.utcTime, apartSeconds: apart }] : [];
  });
}

// One collator for every sort (localeCompare with options builds one per comparison).
const byName = new Intl.Collator('en', { numeric: true });

/** The summary of a folder's readings. */
export function summarise(files: readonly FileReading[]): FleetSummary {
  const s: FleetSummary = { machines: 0, unrecognised: [], licenceStates: {}, codes: {}, kmsHosts: {}, duplicateCmids: [], clocksApart: [], firstSteps: [] };
  const states: Groups = new Map();
  const codes: Groups = new Map();
  const hosts: Groups = new Map();
  const cmids: Groups = new Map();
  const times: { machine: string; utcTime: string }[] = [];
  const machines = new Set<string>();
  const fileNames = new Map<string, string>();
  const seen = (machine: string) => {
    machines.add(machineKey(machine));
    fileNames.set(machineKey(machine), machine);
  };
  for (const entry of files) {
    if (entry.reading.kind === 'unknown' && !entry.reading.parts) { s.unrecognised.push(entry.file); continue; }
    const machine = machineOf(entry);
    seen(machine);
    const outputs = outputsOf(entry.reading);
    const f = entry.reading.facts;
    if (f.licenseStatus) addTo(states, STATUS_NAMES[f.licenseStatus], machine);
    for (const r of outputs) {
      // Event results are counted one by one below, for the machine each one is about.
      const own = r.kind === 'event' || r.kind === 'collect' ? r.facts.notificationReason : r.code ?? r.facts.notificationReason;
      if (own) addTo(codes, own, machine);
    }
    const host = f.side !== 'host' ? f.kmsHostRegistered ?? f.kmsHostDiscovered ?? newestExchange(outputs).request?.kmsHost : undefined;
    if (host) addTo(hosts, hostText(host).toLowerCase(), machine);
    for (const r of outputs) {
      if (r.facts.cmid && r.facts.side !== 'host') addTo(cmids, r.facts.cmid, machine);
      for (const e of r.facts.events ?? []) {
        // A host's 12290 events speak for the clients that asked; the others for this machine.
        const who = e.id === 12290 && e.clientName ? e.clientName : machine;
        if (e.result && e.result !== '0x00000000') addTo(codes, e.result, who);
        if (e.id === 12290 && e.cmid && e.clientName) addTo(cmids, e.cmid, e.clientName);
      }
      if (r.kind === 'collect' && r.facts.utcTime) times.push({ machine, utcTime: r.facts.utcTime });
      if (r.facts.clockOffsetSeconds !== undefined && Math.abs(r.facts.clockOffsetSeconds) > SKEW_LIMIT_SECONDS) {
        s.clocksApart.push({ machine, utcTime: '', apartSeconds: -r.facts.clockOffsetSeconds });
      }
    }
  }
  s.machines = machines.size;
  // A machine named both by its own file (PC042) and by a host's event (pc042.corp.contoso.com)
  // shows under its own name; lists are sorted so the summary reads the same every time.
  const display = (name: string) => fileNames.get(machineKey(name)) ?? name;
  const tidy = (names: string[]) => [...new Set(names.map(display))].sort(byName.compare);
  const record = (groups: Groups) => Object.fromEntries([...groups].map(([key, m]) => [key, tidy([...m.values()])]));
  s.licenceStates = record(states);
  s.codes = record(codes);
  s.kmsHosts = record(hosts);
  s.duplicateCmids = [...cmids].filter(([, m]) => m.size > 1).map(([cmid, m]) => ({ cmid, machines: tidy([...m.values()]) }));
  s.clocksApart.push(...clocksApart(times));
  s.firstSteps = firstSteps(s);
  return s;
}

const list = (machines: readonly string[], max = 5) =>
  machines.length <= max ? machines.join(', ') : `${machines.slice(0, max).join(', ')} and ${machines.length - max} more`;

/** What to do first, most pressing first. */
function firstSteps(s: FleetSummary): string[] {
  const steps: string[] = [];
  for (const d of s.duplicateCmids) {
    steps.push(`${list(d.machines)} share one client machine ID (${d.cmid}): they were cloned without sysprep /generalize, so the KMS host counts them as one machine. Give each its own ID (sysprep /generalize the image, or slmgr /rearm on each clone, then restart). Guided: kms-doctor 0xC004F038.`);
  }
  if (s.clocksApart.length > 0) {
    steps.push(`Correct the clock of ${list(s.clocksApart.map((c) => `${c.machine} (${c.apartSeconds > 0 ? '+' : '-'}${formatDuration(c.apartSeconds)})`))}: more than 4 hours off, so a KMS host refuses it (0xC004F06C). Guided: kms-doctor 0xC004F06C.`);
  }
  const codes = Object.entries(s.codes).sort((a, b) => b[1].length - a[1].length);
  if (codes.length > 0) {
    const [code, machines] = codes[0]!;
    steps.push(`${machines.length === 1 ? '1 machine shows' : `${machines.length} machines show`} ${code} (${list(machines)}): start there. Guided: kms-doctor ${code}; explained: kms-doctor explain ${code}.`);
  }
  const hosts = Object.keys(s.kmsHosts);
  if (hosts.length > 1) steps.push(`The machines use ${hosts.length} different KMS hosts (${hosts.join(', ')}): check that each is a KMS host in use today.`);
  if (steps.length === 0) {
    const licensed = s.licenceStates[STATUS_NAMES.licensed]?.length ?? 0;
    steps.push(licensed > 0 && licensed === s.machines ? 'Every machine is licensed: nothing to do.' : 'Nothing stands out in these outputs.');
  }
  return steps;
}
