// Turning a paste into clean lines before any reader looks at it: byte-order marks, NULs of
// UTF-16 read as UTF-8, colours (PowerShell 7 colours its list labels), CRLF, and the console's
// own line wrapping, which breaks a long line at the window's width, even inside a word
// ("additio" / "nal"). Every step is one pass over the text, so a reader stays linear.

/** No real output line is longer; longer ones are cut so that per-line work stays bounded. */
export const MAX_LINE = 4096;

// Console widths seen in practice (conhost's 80 and 120, a 100-column transcript); the paste's
// longest line is tried as well. Narrower "widths" are just short outputs.
const CONSOLE_WIDTHS = [80, 100, 120, 132, 160, 200];
const MIN_CONSOLE_WIDTH = 60;
const MAX_CONSOLE_WIDTH = 512;

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// C0 controls other than tab and line breaks, DEL, C1 controls, BOM and zero-width joiners.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b-\u200d]/g;

/** A value without colours or control characters (a hostile JSON value must not drive the terminal). */
export const stripControls = (value: string): string => value.replace(ANSI, '').replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, '');

/** The text with BOMs, colours and control characters removed and every line break as \n. */
export function cleanText(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n?|\u2028|\u2029/g, '\n').replace(CONTROL, '').replace(/\t/g, '    ');
}

/** A line that starts a prompt or names the command that produced what follows. */
export interface CommandLine {
  command: string;
}

const PS_PROMPT = /^PS(?: [^>]{0,260})?>\s?(.*)$/;
const CMD_PROMPT = /^[A-Za-z]:\\[^>]{0,260}>\s?(.*)$/;
const BARE_PROMPT = /^>\s+(\S.*)$/;
const COMMAND = /^(?:cscript|wscript|slmgr|nslookup|resolve-dnsname|test-netconnection|tnc|w32tm|get-winevent|get-ciminstance|get-wmiobject|kms-doctor|ipconfig)\b/i;

/** The command of a prompt line or of a line that is a command itself; undefined otherwise. */
export function commandOf(line: string): CommandLine | undefined {
  const trimmed = line.trim();
  const prompted = PS_PROMPT.exec(trimmed) ?? CMD_PROMPT.exec(trimmed) ?? BARE_PROMPT.exec(trimmed);
  if (prompted) return { command: prompted[1]!.trim() };
  if (COMMAND.test(trimmed) && /\s[-/]/.test(trimmed)) return { command: trimmed };
  return undefined;
}

/** The first line of cscript's banner, which each slmgr run prints unless //nologo is given. */
export const isBanner = (line: string): boolean => /Windows Script Host\b.*\d/i.test(line);

/** The banner's copyright line (dropped with the banner). */
export const isCopyright = (line: string): boolean => /^\s*Copyright \(C\) Microsoft Corporation/i.test(line);

// A line that starts something of its own: a label ("Name:", "Port : 1688", "port = 1688"),
// an indented line, a prompt. Such a line is never the tail of a wrapped one.
const LABEL_START = /^[^\s:=][^:=]{0,48}?\s?[:=](?:\s|$)/;

// The line of dashes under a PowerShell table's header.
const DASH_RULE = /^\s*-{2,}(?:\s+-+)*\s*$/;

// The start of a record of its own: a time ("14:35:01, …" of w32tm), a code, a comment.
const RECORD_START = /^(?:\d{1,2}:\d{2}(?::\d{2})?[,\s]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s|0x[0-9A-Fa-f]{8}\b|#)/;

function continuesWrapped(piece: string, next: string): boolean {
  if (next.trim() === '' || /^\s\s/.test(next)) return false;
  // Inside a comma list (an event's values) the next value may look like a record of its own.
  if (RECORD_START.test(next) && !/,\s?$/.test(piece)) return false;
  if (LABEL_START.test(next) || commandOf(next) !== undefined || isBanner(next)) return false;
  return true;
}

/**
 * Joins lines the console broke at its width. A line that fills a console width (or fills it
 * but for a trailing space the console dropped) continues on the next line, unless that line
 * plainly starts something new. The widths tried are the usual ones and the longest line.
 */
export function unwrapConsole(lines: readonly string[]): string[] {
  // The longest line counts as a width only when several lines reach it: one long line (a
  // prompt with a long command) is just long. Tables (rows under a dash rule) never wrap:
  // PowerShell cuts their rows short instead, so they say nothing about the width.
  let longest = 0;
  let atLongest = 0;
  let tables = false;
  for (const line of lines) {
    if (DASH_RULE.test(line)) tables = true;
    if (line.length > longest) { longest = line.length; atLongest = 0; }
    if (line.length >= longest - 1) atLongest += 1;
  }
  const widths = new Set(CONSOLE_WIDTHS);
  if (!tables && atLongest >= 2 && longest >= MIN_CONSOLE_WIDTH && longest <= MAX_CONSOLE_WIDTH) widths.add(longest);
  const full = (line: string) => (widths.has(line.length) || widths.has(line.length + 1)) && !/(?:\.\.\.|…)$/.test(line);
  const out: string[] = [];
  let inTable = false;
  let i = 0;
  while (i < lines.length) {
    let joined = lines[i]!;
    let piece = joined;
    if (DASH_RULE.test(joined)) inTable = true;
    else if (joined.trim() === '') inTable = false;
    const tableLine = () => inTable || (i + 1 < lines.length && DASH_RULE.test(lines[i + 1]!));
    while (!tableLine() && full(piece) && i + 1 < lines.length && continuesWrapped(piece, lines[i + 1]!) && joined.length < MAX_LINE) {
      const next = lines[i + 1]!;
      // A full line was cut mid-word; one short of full lost the space the console ate.
      joined += widths.has(piece.length) || next.startsWith(' ') ? next : ` ${next}`;
      piece = next;
      i += 1;
    }
    out.push(joined);
    i += 1;
  }
  return out;
}

/** A comment line of a pasted script or a saved output ("# source: …"): never output. */
const isComment = (line: string): boolean => /^\s*#(?:\s|$)/.test(line);

/** Clean lines of a paste: cleaned, comments dropped, cut to MAX_LINE, trailing spaces gone, wraps joined. */
export function toLines(text: string): string[] {
  const raw = cleanText(text).split('\n').filter((line) => !isComment(line));
  const cut: string[] = [];
  for (const line of raw) {
    if (line.length <= MAX_LINE) cut.push(line.trimEnd());
    else for (let at = 0; at < line.length; at += MAX_LINE) cut.push(line.slice(at, at + MAX_LINE).trimEnd());
  }
  return unwrapConsole(cut);
}

/** A "label: value" line split in two (slmgr, w32tm, Event Viewer, PowerShell lists). */
export interface Labelled {
  /** The label in lower case, spaces collapsed, without the colon. */
  label: string;
  value: string;
}

// The label runs up to the first colon that has a space (or the end of the line) after it, so
// values may hold colons (times, host:port). A label holds no "=" and is not too long for one.
const LABELLED = /^\s*([^:=\s][^:=]{0,79}?)\s*[:：](?:\s+(.*))?$/;

/** Splits "Label: value" or "Label : value"; undefined for a line that is no such pair. */
export function splitLabel(line: string): Labelled | undefined {
  const m = LABELLED.exec(line);
  if (!m) return undefined;
  return { label: m[1]!.trim().replace(/\s+/g, ' ').toLowerCase(), value: (m[2] ?? '').trim() };
}

/** Splits "key = value" (nslookup's record lines). */
export function splitEquals(line: string): Labelled | undefined {
  const m = /^\s*([^=]{1,60}?)\s*=\s*(.*)$/.exec(line);
  if (!m) return undefined;
  return { label: m[1]!.trim().replace(/\s+/g, ' ').toLowerCase(), value: m[2]!.trim() };
}
