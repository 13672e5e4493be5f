// Finds the activation error code in whatever a technician pastes: a bare code in any
// case, the same code as signed or unsigned decimal, an slmgr "Error:" line (English or
// localised), or a whole block of slmgr output full of GUIDs, product IDs and long
// installation IDs that are not codes.

/** One code found in the text, in canonical form (0x + eight upper-case hex digits). */
export interface FoundCode {
  code: string;
  /** How it was written: explicit 0x hex, bare hex, or decimal. */
  form: 'hex' | 'bare-hex' | 'decimal';
  /** Where it starts in the text, for ordering. */
  index: number;
  /** It followed an "Error" label or a "Notification Reason" label. */
  labelled: boolean;
}

// 0x-prefixed hex: eight digits exactly, not glued to more hex or word characters.
const HEX = /(?<![0-9A-Za-z_])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z_])/g;
// Bare hex: eight digits with the failure bit set (8–F first), at least one digit in it,
// not part of a GUID (which joins hex groups with hyphens) or a longer run.
const BARE = /(?<![0-9A-Za-z_-])([89A-Fa-f][0-9A-Fa-f]{7})(?![0-9A-Za-z_-])/g;
// Decimal: a negative 7–10 digit or unsigned 10 digit number standing alone, not part of a
// product ID (groups joined by hyphens), a dotted version or a long installation ID. (Signed
// failure codes run from -2147483648 up; every code in our range has at least 7 digits.)
const DECIMAL = /(?<![0-9A-Za-z_.-])(-\d{7,10}|\d{10})(?![0-9A-Za-z_.-]|-\d)/g;
// "Error:", "Error code", "Notification Reason:", localised "错误:", "Fehler:" and the like.
const LABEL = /(error|erreur|fehler|errore|錯誤|错误|エラー|오류|notification reason)[^\n]{0,12}$/i;
// A label and what may stand between it and the code: the longest label ("notification
// reason", 19 characters) and 12 more. Only this much text before a code is ever looked at,
// so each code costs the same however long its line is (a 1 MB line used to take 16 s).
const LABEL_REACH = 'notification reason'.length + 12;

const FAILURE_BIT = 0x8000_0000;

/** Formats a 32-bit value as a canonical code. */
export function formatCode(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function decimalToCode(text: string): number | undefined {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return undefined;
  if (n < 0 && n >= -0x8000_0000) return n >>> 0;
  if (n >= FAILURE_BIT && n <= 0xffff_ffff) return n;
  return undefined;
}

function isLabelled(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - LABEL_REACH), index);
  return LABEL.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Every error code in the text, in order of appearance, without duplicates. */
export function findCodes(text: string): FoundCode[] {
  // Each code's first appearance only: memory grows with the distinct codes, not the matches.
  const first = new Map<string, FoundCode>();
  const push = (value: number, form: FoundCode['form'], index: number) => {
    if ((value & FAILURE_BIT) === 0) return; // success and status values are not errors
    const code = formatCode(value);
    const seen = first.get(code);
    if (!seen || index < seen.index) first.set(code, { code, form, index, labelled: isLabelled(text, index) });
  };
  for (const m of text.matchAll(HEX)) push(parseInt(m[1]!, 16), 'hex', m.index);
  for (const m of text.matchAll(BARE)) {
    if (/\d/.test(m[1]!)) push(parseInt(m[1]!, 16), 'bare-hex', m.index);
  }
  for (const m of text.matchAll(DECIMAL)) {
    const value = decimalToCode(m[1]!);
    if (value !== undefined) push(value, 'decimal', m.index);
  }
  return [...first.values()].sort((a, b) => a.index - b.index);
}

/**
 * The one code the technician most likely means: a code after an "Error" label first,
 * then one the catalog knows, then the first explicit 0x code, then anything found.
 */
export function pickCode(text: string, isKnown: (code: string) => boolean = () => false): string | undefined {
  const found = findCodes(text);
  const best =
    found.find((f) => f.labelled) ??
    found.find((f) => isKnown(f.code)) ??
    found.find((f) => f.form === 'hex') ??
    found[0];
  return best?.code;
}
