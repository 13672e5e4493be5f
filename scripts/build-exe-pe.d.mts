/** `exe` without its certificate table (unchanged when it has none). */
export function withoutSignature(exe: Buffer): Buffer;
/** True when `exe` carries a certificate table. */
export function isSigned(exe: Buffer): boolean;
