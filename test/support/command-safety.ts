// Reads a command text the way a technician would before running it: which programs, switches,
// cmdlets and CIM methods it calls, and from the safety table (command-effects.ts) whether it
// changes the machine and needs an elevated prompt. It never looks at the command's own flags:
// command-safety.test.ts compares the two. A word in a command's place the table does not know is
// reported, so a new kind of command cannot pass unread.

import type { Shell } from '../../flows/step.js';
import {
  CARRIERS, CHANGING_VERBS, CIM_METHODS, CMDLET_ELEVATION, FILE_PROGRAMS, PROGRAMS, READING_MEMBERS, READING_VERBS,
  REGISTRY_KEYS, REGISTRY_VALUES, SLMGR, SYSTEM_PATH, UNSTATED_READS, type Effect, type Elevation,
} from './command-effects.js';

/** One thing a command does, as the table reads it. */
export interface Action {
  /** What was read ("slmgr /rearm", "Invoke-CimMethod ReArmWindows"). */
  what: string;
  effect: Effect;
}

/** Everything a command does, summed up. */
export interface Verdict {
  actions: Action[];
  /** Words in a command's place that the table does not know. */
  unknown: string[];
  changes: boolean;
  elevation: Elevation;
}

/** The text with the inside of every quoted string blanked (same length), so splitting ignores it. */
export function maskQuotes(text: string, quotes: string): string {
  let out = '';
  let open: string | undefined;
  for (const ch of text) {
    if (open) {
      out += ch === open ? ch : ' '.repeat(ch.length);
      if (ch === open) open = undefined;
    } else {
      if (quotes.includes(ch)) open = ch;
      out += ch;
    }
  }
  return out;
}

/** The parts of `text` between separators found in `masked` (the same text, strings blanked). */
function segments(text: string, masked: string, separators: RegExp): { raw: string; masked: string }[] {
  const out: { raw: string; masked: string }[] = [];
  let last = 0;
  for (const m of masked.matchAll(separators)) {
    out.push({ raw: text.slice(last, m.index), masked: masked.slice(last, m.index) });
    last = m.index! + m[0].length;
  }
  out.push({ raw: text.slice(last), masked: masked.slice(last) });
  return out.filter((s) => s.masked.trim() !== '');
}

/** The words of a segment, cut where the masked text has spaces, taken from the raw text. */
function words(segment: { raw: string; masked: string }): string[] {
  return [...segment.masked.matchAll(/\S+/g)].map((m) => segment.raw.slice(m.index, m.index! + m[0].length));
}

const programName = (word: string) => word.split('\\').pop()!.toLowerCase().replace(/\.(exe|vbs)$/, '');

/** slmgr's switch (its first option); a name before it is a remote computer. */
function slmgrAction(args: string[]): Action | string {
  const first = args.findIndex((a) => /^[/-]/.test(a));
  if (first < 0) return 'slmgr without a switch';
  const name = args[first]!.slice(1).toLowerCase();
  const effect = SLMGR[name];
  if (!effect) return `slmgr /${name}`;
  // Remote: WMI on the target decides (administrator rights there), not the local prompt.
  const remote = first > 0;
  return { what: `slmgr /${name}${remote ? ' (remote)' : ''}`, effect: remote && effect.elevation === 'required' ? { ...effect, elevation: 'either' } : effect };
}

/** A program and its words (cmd, or an external program in PowerShell or sh). */
function programAction(programWords: string[], raw: string): Action | string {
  const program = programName(programWords[0]!);
  const args = programWords.slice(1);
  if (program === 'cscript') {
    const script = args.findIndex((a) => /\.vbs$/i.test(a));
    if (script < 0 || programName(args[script]!) !== 'slmgr') return `cscript ${args.join(' ')}`;
    return slmgrAction(args.slice(script + 1));
  }
  if (program === 'slmgr') return slmgrAction(args);
  const table = PROGRAMS[program];
  if (!table) return program;
  let found: [string, Effect] | undefined = table['*'] ? ['', table['*']] : undefined;
  for (const word of args) {
    if (found) break;
    const w = word.toLowerCase();
    found = Object.entries(table).find(([key]) => key !== '*' && (key.endsWith('-') ? w.startsWith(key) : w === key || w.startsWith(`${key}:`)));
  }
  if (!found) return `${program} ${args.join(' ')}`.trim();
  const [key, effect] = found;
  if (FILE_PROGRAMS.has(program)) return { what: `${program} in ${SYSTEM_PATH.test(raw) ? "Windows' folders" : 'a folder'}`, effect: { ...effect, elevation: SYSTEM_PATH.test(raw) ? 'required' : 'either' } };
  return { what: `${program}${key ? ` ${key}` : ''}`, effect };
}

const CMD_SEPARATORS = /&&|\|\||[|&()]/g;
const SH_SEPARATORS = /&&|\|\||[|;]/g;
const PS_SEPARATORS = /&&|\|\||[;|{}()\n]/g;
const PS_KEYWORDS = new Set(['if', 'elseif', 'else', 'exit', 'return', 'foreach', 'throw', '-not']);

function cmdActions(text: string, shell: 'cmd' | 'sh'): (Action | string)[] {
  const masked = maskQuotes(text, shell === 'sh' ? '"\'' : '"').replace(/\d?>&?\S*/g, (m) => ' '.repeat(m.length));
  return segments(text, masked, shell === 'sh' ? SH_SEPARATORS : CMD_SEPARATORS).map((s) => programAction(words(s), s.raw));
}

function cmdletAction(name: string, segment: string, text: string): Action | string {
  if (name === 'Invoke-CimMethod') {
    const method = /-MethodName\s+(\w+)/.exec(segment)?.[1];
    const effect = method ? CIM_METHODS[method] : undefined;
    if (!effect) return `Invoke-CimMethod ${method ?? '(no -MethodName)'}`;
    const remote = /-ComputerName\b/.test(text);
    return { what: `Invoke-CimMethod ${method}${remote ? ' (remote)' : ''}`, effect: remote && effect.elevation === 'required' ? { ...effect, elevation: 'either' } : effect };
  }
  if (CARRIERS.has(name)) return { what: name, effect: { changes: false, elevation: 'either' } };
  const verb = name.split('-')[0]!;
  const elevation = UNSTATED_READS.test(segment) ? 'either' : CMDLET_ELEVATION[name] ?? 'either';
  if (CHANGING_VERBS.has(verb)) return { what: name, effect: { changes: true, elevation } };
  if (READING_VERBS.has(verb)) return { what: name, effect: { changes: false, elevation } };
  return name;
}

function powershellActions(text: string): (Action | string)[] {
  const masked = maskQuotes(text, '"\'');
  const out: (Action | string)[] = [];
  for (const s of segments(text, masked, PS_SEPARATORS)) {
    const rest = s.masked.trim().replace(/^\$[\w:]+\s*=\s*/, '').replace(/^-not\s+/, '');
    const first = rest.split(/\s+/)[0] ?? '';
    // Expressions, values, hashtable entries, types and members: nothing runs by its name here.
    if (first === '' || /^[$@'"\d,.[«-]/.test(first) || first.includes('=') || PS_KEYWORDS.has(first.toLowerCase())) continue;
    if (/^[A-Z][A-Za-z]+-[A-Za-z]+$/.test(first)) out.push(cmdletAction(first, s.masked, masked));
    else {
      const start = s.raw.length - s.raw.trimStart().length;
      out.push(programAction(words({ raw: s.raw.slice(start), masked: s.masked.slice(start) }), s.raw));
    }
  }
  // [adsi] reads an object of Active Directory (LDAP); nothing in the tool writes one.
  for (const m of masked.matchAll(/\[adsi\]/gi)) out.push({ what: m[0], effect: { changes: false, elevation: 'none' } });
  // A .NET method called anywhere: only those the table knows to read pass.
  for (const m of masked.matchAll(/(?:\.|::)([A-Za-z]\w*)\s*\(/g)) {
    out.push(READING_MEMBERS.has(m[1]!) ? { what: `.${m[1]}()`, effect: { changes: false, elevation: 'none' } } : `.${m[1]}()`);
  }
  return out;
}

const ORDER: Elevation[] = ['none', 'either', 'required'];

/** A `{name}` placeholder, written as «name» (same length) so no shell reads its braces. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** What a command does, read from its text alone. */
export function classify(template: string, shell: Shell): Verdict {
  const text = template.replace(PLACEHOLDER, (_, name: string) => `«${name}»`);
  const found: (Action | string)[] =
    shell === 'powershell' ? powershellActions(text)
      : shell === 'text' ? [{ what: 'a line written into a BIND configuration or zone file (owned by root)', effect: { changes: true, elevation: 'required' } }]
        : cmdActions(text, shell);
  const actions = found.filter((a): a is Action => typeof a !== 'string');
  const unknown = found.filter((a): a is string => typeof a === 'string');
  // A command in which the table read nothing is a command it does not know.
  if (found.length === 0) unknown.push(text);
  return {
    actions,
    unknown,
    changes: actions.some((a) => a.effect.changes),
    elevation: actions.reduce<Elevation>((e, a) => (ORDER.indexOf(a.effect.elevation) > ORDER.indexOf(e) ? a.effect.elevation : e), 'none'),
  };
}

const normaliseKey = (key: string) => key.replace(/^HKEY_LOCAL_MACHINE/, 'HKLM').replace(/^HKLM:/, 'HKLM').replace(/[\\\s]+$/, '');

/**
 * What is wrong with the registry paths a command names: a key the table does not know, or a
 * value named without the key it lives in.
 */
export function registryProblems(text: string): string[] {
  const keys = [...text.matchAll(/(?:HKLM:?|HKEY_LOCAL_MACHINE)\\[^'"\r\n]*/g)].map((m) => normaliseKey(m[0]));
  const problems = keys.filter((k) => !REGISTRY_KEYS.has(k)).map((k) => `names the registry key ${k}, which is not where Windows keeps what the tool reads or sets`);
  const values = [
    ...[...text.matchAll(/\breg\s+\w+\s+"[^"]*"\s+\/v\s+(\w+)/gi)].map((m) => m[1]!),
    ...[...text.matchAll(/-ItemProperty\b[^;|]*?-Name\s+(\w+)/g)].map((m) => m[1]!),
  ];
  for (const value of values) {
    const key = REGISTRY_VALUES[value];
    if (!key) problems.push(`names the registry value ${value}, which the table does not know`);
    else if (!keys.includes(key)) problems.push(`names ${value} without its key ${key}`);
  }
  return problems;
}
