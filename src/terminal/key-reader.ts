// Turns what a terminal sends into Keys, in order, however the bytes were grouped. A fast
// typist or an SSH link delivers several keys in one read ("\r0xC004F074\r", "↓↓↓\r"); a key
// may also be split across two reads (ESC in one, "[B" in the next). The reader keeps what is
// incomplete until the rest arrives or `flush()` is called after a short quiet time.
// Bracketed paste (ESC[200~ … ESC[201~) is always one paste, never keys, so pasted line
// breaks never press Enter. A paste given up on before its end marker came (flush() after a
// long silence) keeps that promise too: what comes later up to a lone end marker is the rest of
// that paste, delivered as a paste. A chunk that holds several lines of text and no escape sequence
// can only be a paste from a terminal without bracketed paste, and is treated as one.

import type { Key, KeyName } from './keys.js';

const ESC = '\u001B';
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;

/** The most a paste keeps; the rest is counted, not stored (a 50 MB paste must not fill memory). */
export const MAX_PASTE = 1_000_000;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** What a paste cut at MAX_PASTE says, as standard input does at its cap: never a silent cut. */
export const pasteCutNotice = (dropped: number): string =>
  `The paste was longer than ${grouped(MAX_PASTE)} characters: only the first ${grouped(MAX_PASTE)} were read, and ${grouped(dropped)} more ${dropped === 1 ? 'was' : 'were'} left out.`;

const CSI_TILDE: Record<string, KeyName> = {
  '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete', '5': 'pageup', '6': 'pagedown',
};
const CSI_LETTER: Record<string, KeyName> = {
  A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'backtab',
};

/** Modifier flags from an xterm modifier parameter (2 Shift, 3 Alt, 5 Ctrl …; value − 1 is a bit set). */
function modifiers(param: string | undefined): { ctrl?: boolean; alt?: boolean; shift?: boolean } {
  const n = Number(param) - 1;
  if (!(n > 0)) return {};
  return { ...(n & 1 ? { shift: true } : {}), ...(n & 2 ? { alt: true } : {}), ...(n & 4 ? { ctrl: true } : {}) };
}

function namedKey(name: KeyName, param?: string): Key {
  return { kind: 'named', name, ...modifiers(param) };
}

/** The key of a complete CSI sequence (ESC [ params final). */
function csiKey(sequence: string): Key {
  const body = sequence.slice(2, -1);
  const final = sequence.at(-1)!;
  const params = body.split(';');
  if (final === '~' && CSI_TILDE[params[0]!] && /^[\d;]*$/.test(body)) return namedKey(CSI_TILDE[params[0]!]!, params[1]);
  if (CSI_LETTER[final] && /^[\d;]*$/.test(body)) return namedKey(CSI_LETTER[final]!, params[1]);
  return { kind: 'ignored', sequence };
}

/** The key of a control character (0x00–0x1F, 0x7F). */
function controlKey(ch: string): Key {
  const code = ch.charCodeAt(0);
  if (ch === '\r' || ch === '\n') return { kind: 'named', name: 'enter' };
  if (ch === '\t') return { kind: 'named', name: 'tab' };
  if (code === 0x7f || code === 0x08) return { kind: 'named', name: 'backspace' };
  if (code >= 0x01 && code <= 0x1a) return { kind: 'ctrl', letter: String.fromCharCode(code + 0x60) };
  return { kind: 'ignored', sequence: ch };
}

type Scan = { key: Key; end: number } | 'pending';

/**
 * Reads one escape sequence starting at `i` (text[i] is ESC). 'pending' when the text ends
 * before the sequence does.
 */
function scanEscape(text: string, i: number): Scan {
  const next = text[i + 1];
  if (next === undefined) return 'pending';
  if (next === ESC) return { key: { kind: 'named', name: 'escape' }, end: i + 1 };
  if (next === '[') {
    let j = i + 2;
    if (text[j] === '[') j++; // linux console F1–F5: ESC [ [ A
    while (j < text.length && /[\x20-\x3f]/.test(text[j]!)) j++;
    if (j >= text.length) return 'pending';
    const code = text.charCodeAt(j);
    if (code < 0x40 || code > 0x7e) return { key: { kind: 'ignored', sequence: text.slice(i, j) }, end: j };
    return { key: csiKey(text.slice(i, j + 1)), end: j + 1 };
  }
  if (next === 'O') {
    const final = text[i + 2];
    if (final === undefined) return 'pending';
    const name = CSI_LETTER[final];
    return { key: name ? { kind: 'named', name } : { kind: 'ignored', sequence: text.slice(i, i + 3) }, end: i + 3 };
  }
  if (next === ']' || next === 'P' || next === '_' || next === '^' || next === 'X') {
    // OSC, DCS, APC, PM, SOS: a string ended by BEL or ST (ESC \). Never shown, never typed.
    for (let j = i + 2; j < text.length; j++) {
      if (text[j] === '\u0007') return { key: { kind: 'ignored', sequence: text.slice(i, j + 1) }, end: j + 1 };
      if (text[j] === ESC && text[j + 1] === '\\') return { key: { kind: 'ignored', sequence: text.slice(i, j + 2) }, end: j + 2 };
    }
    return 'pending';
  }
  // ESC + a character is Alt+character; the wizard has no Alt bindings, so it is ignored
  // rather than read as Esc (back) followed by the character (Alt+q must not quit).
  const width = (text.codePointAt(i + 1)! > 0xffff ? 2 : 1) + 1;
  return { key: { kind: 'ignored', sequence: text.slice(i, i + width) }, end: i + width };
}

/** Lines with text in a chunk (a typed "\r0xC004F074\r" has one; pasted output several). */
function looksPasted(chunk: string): boolean {
  if (chunk.includes(ESC)) return false;
  const lines = chunk.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.length >= 3 || (lines.length >= 2 && chunk.includes('\n'));
}

/** A key reader: push chunks in, get keys out, in order. */
export interface KeyReader {
  push(chunk: string): Key[];
  /** True while an incomplete sequence or an unfinished paste waits for more input. */
  hasPending(): boolean;
  /** Called after a quiet moment: a lone ESC becomes Escape, an unfinished paste is delivered. */
  flush(): Key[];
  /** True while inside a bracketed paste (a longer quiet time is allowed there). */
  inPaste(): boolean;
}

/** A new reader with nothing pending. */
export function createKeyReader(): KeyReader {
  let pending = '';
  let paste: { parts: string[]; size: number; dropped: number } | undefined;
  // A paste was delivered unfinished: its end marker is still to come.
  let endOwed = false;

  const addToPaste = (text: string) => {
    const room = MAX_PASTE - paste!.size;
    const kept = text.length <= room ? text : text.slice(0, Math.max(0, room));
    if (kept) paste!.parts.push(kept);
    paste!.size += kept.length;
    paste!.dropped += text.length - kept.length;
  };
  const endPaste = (out: Key[]) => {
    const p = paste!;
    paste = undefined;
    out.push({ kind: 'paste', text: p.parts.join(''), ...(p.dropped ? { dropped: p.dropped } : {}) });
  };

  function scan(text: string, out: Key[]): string {
    let i = 0;
    let run = '';
    const endRun = () => {
      if (run) out.push({ kind: 'text', text: run });
      run = '';
    };
    while (i < text.length) {
      if (paste) {
        const end = text.indexOf(PASTE_END, i);
        if (end < 0) {
          // Keep a possible start of the end marker for the next chunk.
          let held = '';
          for (let k = Math.min(PASTE_END.length - 1, text.length - i); k > 0 && !held; k--) {
            if (PASTE_END.startsWith(text.slice(text.length - k))) held = text.slice(text.length - k);
          }
          addToPaste(text.slice(i, text.length - held.length));
          return held;
        }
        addToPaste(text.slice(i, end));
        endPaste(out);
        i = end + PASTE_END.length;
        continue;
      }
      const ch = text[i]!;
      const code = ch.charCodeAt(0);
      if (ch === ESC) {
        endRun();
        if (text.startsWith(PASTE_START, i)) {
          paste = { parts: [], size: 0, dropped: 0 };
          i += PASTE_START.length;
          continue;
        }
        const scanned = scanEscape(text, i);
        if (scanned === 'pending') return text.slice(i);
        out.push(scanned.key);
        i = scanned.end;
        continue;
      }
      if (code < 0x20 || code === 0x7f) {
        endRun();
        out.push(controlKey(ch));
        // CR LF is one Enter.
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      if (code >= 0x80 && code <= 0x9f) {
        endRun();
        out.push({ kind: 'ignored', sequence: ch }); // C1 controls: never typed on purpose
        i++;
        continue;
      }
      run += ch;
      i++;
    }
    endRun();
    return '';
  }

  return {
    push(chunk) {
      const out: Key[] = [];
      if (endOwed && !paste && pending === '') {
        const end = chunk.indexOf(PASTE_END);
        const start = chunk.indexOf(PASTE_START);
        if (end >= 0 || start >= 0) endOwed = false;
        // The rest of the paste given up on: read as a paste that has begun, up to its marker.
        if (end >= 0 && (start < 0 || start > end)) {
          paste = { parts: [], size: 0, dropped: 0 };
          pending = scan(chunk, out);
          return out;
        }
      }
      if (!paste && pending === '' && looksPasted(chunk)) {
        const dropped = Math.max(0, chunk.length - MAX_PASTE);
        out.push({ kind: 'paste', text: chunk.slice(0, MAX_PASTE), ...(dropped ? { dropped } : {}) });
        return out;
      }
      pending = scan(pending + chunk, out);
      return out;
    },
    hasPending: () => pending !== '' || paste !== undefined,
    inPaste: () => paste !== undefined,
    flush() {
      const out: Key[] = [];
      if (pending) {
        const text = pending;
        pending = '';
        if (text === ESC) out.push({ kind: 'named', name: 'escape' });
        else out.push({ kind: 'ignored', sequence: text });
      }
      if (paste) {
        endPaste(out);
        endOwed = true;
      }
      return out;
    },
  };
}
