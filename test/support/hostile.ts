// Values a hostile (or merely unlucky) technician can type or paste into any field: shell
// metacharacters, control characters and terminal escape sequences, characters that are
// invisible or look like others, and sizes nobody types by hand. Shared by the validation
// tests, the property tests of the session model and the real-terminal tests.

/** One hostile payload, named so a failing test says which. */
export interface HostilePayload {
  name: string;
  value: string;
}

const ESC = '\u001B';
const BEL = '\u0007';
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const chars = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Characters cmd.exe or PowerShell read specially (each alone, and in the classic forms). */
const SHELL: HostilePayload[] = [
  ...[';', '&', '|', '^', '%', '!', '<', '>', '(', ')', '$', '`', '"', "'", '*', '?', '~', '#', '@', '{', '}', '[', ']', ',', '=', '+', '/', '\\', ':']
    .map((ch) => ({ name: `metacharacter ${ch}`, value: ch })),
  { name: 'command substitution', value: '$(calc)' },
  { name: 'subexpression in a string', value: '"$(Start-Process calc)"' },
  { name: 'environment variable', value: '%COMSPEC%' },
  { name: 'batch argument', value: '%2' },
  { name: 'delayed expansion', value: '!PATH!' },
  { name: 'command chaining', value: 'x & calc & rem ' },
  { name: 'pipe to a command', value: 'x | cmd /c calc' },
  { name: 'redirection', value: 'x > C:\\Windows\\win.ini' },
  { name: 'caret escape', value: '^&calc' },
  { name: 'backtick escape', value: '`$(calc)' },
  { name: 'PowerShell stop-parsing', value: '--% calc' },
  { name: 'quote break-out', value: "' ; calc ; '" },
  { name: 'double quote break-out', value: '" & calc & "' },
  { name: 'Unix command substitution', value: '`id`' },
];

/** Line breaks, NUL, every other C0 control, DEL and every C1 control. */
const CONTROL: HostilePayload[] = [
  { name: 'CR', value: '\r' },
  { name: 'LF', value: '\n' },
  { name: 'CRLF', value: '\r\n' },
  { name: 'line break then a command', value: '\r\ncalc\r\n' },
  { name: 'vertical tabs and form feed', value: '\v\v\v\f' },
  ...[...chars(0x00, 0x1f), '\u007F', ...chars(0x80, 0x9f)]
    .filter((ch) => !['\r', '\n'].includes(ch))
    .map((ch) => ({ name: `control ${hex(ch.codePointAt(0)!)}`, value: ch })),
  { name: 'line separator', value: '\u2028' },
  { name: 'paragraph separator', value: '\u2029' },
  { name: 'lone high surrogate', value: '\uD800' },
  { name: 'lone low surrogate', value: '\uDC00' },
];

/** Terminal escape sequences: colour, clearing, cursor, the clipboard, titles, keys. */
const ESCAPES: HostilePayload[] = [
  { name: 'SGR red', value: `${ESC}[31m` },
  { name: 'SGR reset', value: `${ESC}[0m` },
  { name: 'clear screen', value: `${ESC}[2J` },
  { name: 'cursor home', value: `${ESC}[H` },
  { name: 'cursor up and erase line', value: `${ESC}[1A${ESC}[2K` },
  { name: 'OSC 52 clipboard write', value: `${ESC}]52;c;Y2FsYw==${BEL}` },
  { name: 'OSC 52 with ST', value: `${ESC}]52;c;Y2FsYw==${ESC}\\` },
  { name: 'OSC 0 window title', value: `${ESC}]0;pwned${BEL}` },
  { name: 'OSC 8 hyperlink', value: `${ESC}]8;;http://example.invalid${ESC}\\link${ESC}]8;;${ESC}\\` },
  { name: 'Ctrl+F1 as xterm sends it', value: `${ESC}[1;5P` },
  { name: 'bracketed paste end', value: `${ESC}[201~` },
  { name: 'device status report', value: `${ESC}[6n` },
  { name: '8-bit CSI', value: '\u009B31m' },
  { name: '8-bit OSC', value: '\u009D0;pwned\u0007' },
  { name: 'lone ESC', value: ESC },
];

/** Characters that hide or reorder text: bidi controls, zero-width characters, combining marks. */
const INVISIBLE: HostilePayload[] = [
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']
    .map((ch) => ({ name: `bidi control ${hex(ch.codePointAt(0)!)}`, value: ch })),
  { name: 'right-to-left override around text', value: '\u202Emoc.lac\u202C' },
  ...['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD']
    .map((ch) => ({ name: `zero-width ${hex(ch.codePointAt(0)!)}`, value: ch })),
  { name: 'combining acute', value: '\u0301' },
  { name: 'e with combining acute', value: 'e\u0301' },
  { name: 'variation selector', value: '\uFE0F' },
  { name: 'tag characters', value: '\u{E0063}\u{E0061}\u{E006C}\u{E0063}' },
  { name: 'private use', value: '\uE000' },
  { name: 'unassigned', value: '\u0378' },
  { name: 'noncharacter', value: '\uFFFF' },
  { name: 'replacement character', value: '\uFFFD' },
];

/** Characters that look like ASCII ones: full-width and other digits, dashes, Cyrillic and Greek letters. */
const LOOK_ALIKES: HostilePayload[] = [
  { name: 'full-width digits', value: chars(0xff10, 0xff19).join('') },
  { name: 'full-width port', value: '\uFF11\uFF16\uFF18\uFF18' },
  { name: 'full-width letters', value: '\uFF4B\uFF4D\uFF53' },
  { name: 'full-width full stop', value: '\uFF0E' },
  { name: 'ideographic full stop', value: '\u3002' },
  { name: 'full-width ampersand', value: '\uFF06' },
  { name: 'full-width percent', value: '\uFF05' },
  { name: 'small semicolon', value: '\uFE54' },
  ...chars(0x2010, 0x2015).map((ch) => ({ name: `dash ${hex(ch.codePointAt(0)!)}`, value: ch })),
  { name: 'minus sign', value: '\u2212' },
  { name: 'full-width hyphen', value: '\uFF0D' },
  { name: 'Arabic-Indic digits', value: chars(0x0660, 0x0669).join('') },
  { name: 'Arabic-Indic 1688', value: '\u0661\u0666\u0668\u0668' },
  { name: 'Extended Arabic-Indic digits', value: chars(0x06f0, 0x06f9).join('') },
  { name: 'Devanagari digits', value: chars(0x0966, 0x096f).join('') },
  { name: 'mathematical bold digits', value: '\u{1D7CF}\u{1D7D4}' },
  { name: 'superscript two', value: '\u00B2' },
  { name: 'Cyrillic look-alike letters', value: '\u0430\u0435\u043E\u0440\u0441\u0445\u0443\u0456' },
  { name: 'Greek omicron', value: '\u03BF' },
  { name: 'no-break space', value: '\u00A0' },
  { name: 'ideographic space', value: '\u3000' },
  { name: 'emoji', value: '\u{1F4A3}' },
  { name: 'wide CJK', value: '\u6F22\u5B57' },
];

/** Whole values: names in other forms, IPv6 zones, blanks, and sizes nobody types by hand. */
const WHOLE: HostilePayload[] = [
  { name: 'empty', value: '' },
  { name: 'blanks only', value: ' \t ' },
  { name: 'leading and trailing spaces', value: '  kms01.corp.contoso.com  ' },
  { name: 'trailing dot', value: 'corp.contoso.com.' },
  { name: 'two trailing dots', value: 'corp.contoso.com..' },
  { name: 'lone dot', value: '.' },
  { name: 'punycode name', value: 'xn--bcher-kva.example' },
  { name: 'invalid punycode', value: 'xn--zz.example' },
  { name: 'Unicode domain', value: 'bücher.example' },
  { name: 'Unicode domain in capitals', value: 'BÜCHER.example' },
  { name: 'Cyrillic domain', value: 'пример.рф' },
  { name: 'homograph of contoso', value: 'c\u043Entoso.com' },
  { name: 'whole-script Cyrillic homograph', value: '\u0430\u0440\u0440\u04CF\u0435.com' },
  { name: 'full-width domain', value: '\uFF43\uFF4F\uFF52\uFF50\uFF0E\uFF43\uFF4F\uFF4D' },
  { name: 'IPv6 with zone name', value: 'fe80::1%eth0' },
  { name: 'IPv6 with zone number', value: 'fe80::1%12' },
  { name: 'bracketed IPv6 with encoded zone and port', value: '[fe80::1%25]:1688' },
  { name: 'bracketed IPv6 with zone', value: '[fe80::1%eth0]' },
  { name: 'IPv4-mapped IPv6', value: '::ffff:10.0.0.1' },
  { name: 'IPv4 with leading zeros', value: '010.000.000.001' },
  { name: 'IPv4 trailing dot', value: '10.0.0.1.' },
  { name: 'negative zero', value: '-0' },
  { name: 'huge number', value: '9'.repeat(400) },
  { name: 'exponent', value: '1e3' },
  { name: 'hex number', value: '0x698' },
  { name: '10 000 letters', value: 'a'.repeat(10_000) },
  { name: '10 000 digits', value: '1'.repeat(10_000) },
  { name: '10 000 characters of labels', value: 'a.'.repeat(5_000) },
  { name: '10 000 escape sequences', value: `${ESC}[31m`.repeat(2_000) },
  { name: '538-character paste', value: `slmgr /ato ${'Error: 0xC004F074 The Software Licensing Service reported '.repeat(9)}`.slice(0, 538) },
];

/** Every payload, by group. */
export const HOSTILE_GROUPS = { SHELL, CONTROL, ESCAPES, INVISIBLE, LOOK_ALIKES, WHOLE } as const;

/** Every payload on its own. */
export const HOSTILE: readonly HostilePayload[] = Object.values(HOSTILE_GROUPS).flat();

/**
 * The payloads alone and around a valid value of the field: before it, after it and in its
 * middle, which is where a paste mixes a real value with something else.
 */
export function hostileValues(valid: string): HostilePayload[] {
  const mid = Math.floor(valid.length / 2);
  return HOSTILE.flatMap(({ name, value }) => [
    { name, value },
    { name: `${name} after a valid value`, value: valid + value },
    { name: `${name} before a valid value`, value: value + valid },
    { name: `${name} inside a valid value`, value: valid.slice(0, mid) + value + valid.slice(mid) },
  ]);
}

/** Characters random strings are drawn from in property tests: each payload's, and ASCII. */
export const HOSTILE_ALPHABET: readonly string[] = [
  ...new Set([
    ...HOSTILE.filter((p) => p.value.length <= 12).flatMap((p) => [...p.value]),
    ...chars(0x20, 0x7e),
  ]),
];

/** True when `text` contains a C0 or C1 control character (ESC among them) or DEL. */
export const hasControl = (text: string): boolean => /[\u0000-\u001F\u007F-\u009F]/.test(text);

/** True when `text` contains a character that reorders or hides text (bidi controls, zero-width, tags). */
export const hasInvisible = (text: string): boolean => /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u{E0000}-\u{E007F}]/u.test(text);
