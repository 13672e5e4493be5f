// What the parts of an HRESULT say about a code we have no entry for, so the honest
// "unknown here" answer still points somewhere: the facility (which part of Windows raised
// it) and, for Windows system errors, the Win32 error number that `net helpmsg` explains.

/** What the bits of an unknown code tell us. */
export interface CodeAnatomy {
  code: string;
  facility: number;
  /** Plain words for the facility, when it is one we can name. */
  facilityText: string;
  /** For 0x8007xxxx: the Win32 error number (0x8007232B → 9003). */
  win32?: number;
}

const FACILITIES: Record<number, string> = {
  0: 'a general COM error (facility 0)',
  1: 'an RPC error — a problem calling another computer (facility 1)',
  2: 'an automation (IDispatch) error (facility 2)',
  4: 'an interface-specific error (facility 4); 0xC004xxxx codes come from the Software Licensing service (the SL_E_ range)',
  7: 'a Windows system error (facility 7, Win32)',
  9: 'a security or cryptography error (facility 9)',
};

/** Reads the facility (and Win32 number) out of a canonical code. */
export function anatomy(code: string): CodeAnatomy {
  const value = parseInt(code.slice(2), 16) >>> 0;
  const facility = (value >>> 16) & 0x7ff;
  const facilityText = FACILITIES[facility] ?? `facility ${facility}, which kms-doctor cannot name`;
  if (facility === 7 && (value >>> 28) === 0x8) return { code, facility, facilityText, win32: value & 0xffff };
  return { code, facility, facilityText };
}

/** What the code's bits say, in one sentence (facility, and the Win32 number to look up). */
export function anatomySentence(code: string): string {
  const a = anatomy(code);
  return a.win32 !== undefined
    ? `It is ${a.facilityText}: Win32 error ${a.win32}. On Windows, "net helpmsg ${a.win32}" prints its text.`
    : `Its facility says it is ${a.facilityText}.`;
}

/** The honest answer for a code the catalog does not know, as plain paragraphs. */
export function unknownCodeText(code: string): string[] {
  const lines = [`${code} is not in kms-doctor's catalog of activation errors.`, anatomySentence(code)];
  lines.push(`On the Windows machine, "slui.exe 0x2a ${code}" shows Windows' own text for it.`);
  return lines;
}
