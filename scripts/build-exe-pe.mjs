// Removes the Authenticode signature from a Windows executable (a PE file), as `signtool remove
// /s` does: node.exe is signed by the OpenJS Foundation, and once the kms-doctor script is
// injected that signature no longer matches. A broken signature is worse than none: Windows
// reports the file as damaged. Unsigned, an organisation can sign it with its own certificate.

const PE32_PLUS = 0x20b;
const SECURITY_DIRECTORY = 4;

/** `exe` without its certificate table (unchanged when it has none). */
export function withoutSignature(exe) {
  const pe = exe.readUInt32LE(0x3c);
  if (exe.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error('not a PE file');
  const optional = pe + 24;
  const magic = exe.readUInt16LE(optional);
  const directories = optional + (magic === PE32_PLUS ? 112 : 96);
  const entry = directories + SECURITY_DIRECTORY * 8;
  const offset = exe.readUInt32LE(entry); // for this directory, a file offset, not an RVA
  const size = exe.readUInt32LE(entry + 4);
  if (size === 0) return exe;
  if (offset + size !== exe.length) throw new Error('the certificate table is not at the end of the file');
  const out = Buffer.from(exe.subarray(0, offset));
  out.writeUInt32LE(0, entry);
  out.writeUInt32LE(0, entry + 4);
  out.writeUInt32LE(0, optional + 64); // the image checksum covered the signature; 0 = none
  return out;
}

/** True when `exe` carries a certificate table. */
export function isSigned(exe) {
  const pe = exe.readUInt32LE(0x3c);
  const optional = pe + 24;
  const entry = optional + (exe.readUInt16LE(optional) === PE32_PLUS ? 112 : 96) + SECURITY_DIRECTORY * 8;
  return exe.readUInt32LE(entry + 4) !== 0;
}
