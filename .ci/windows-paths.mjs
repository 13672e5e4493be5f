// Paths compared as paths, for the Windows leg: Z:\tmp\…\kms-doctor\test\x.txt (as Wine shows a
// Linux folder to a Windows program), its JSON-escaped form, and /tmp/…/kms-doctor/test/x.txt
// are the same path. Only paths under the given folders, and relative paths into the test
// fixtures, are rewritten; every other byte is left for the comparison.

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A separator as it may appear: a JSON-escaped backslash, a backslash, a slash.
const SEP = String.raw`(?:\\\\|\\|/)`;

/** A pattern of `dir` (absolute, POSIX) in its Linux and Wine (Z:) forms, and the path beneath it. */
function pathPattern(dir) {
  const parts = dir.split('/').filter(Boolean).map(escapeRe);
  const linux = SEP + parts.join(SEP);
  const windows = `[Zz]:${SEP}${parts.join(SEP)}`;
  return new RegExp(`(?:${windows}|${linux})((?:${SEP}[^\\s"'\\\\/]+)*)`, 'g');
}

/**
 * A function that writes every path under one of `folders` ([dir, placeholder] pairs, the most
 * specific first) one way: placeholder/a/b.
 */
export function pathsWrittenOneWay(folders) {
  const patterns = folders.map(([dir, placeholder]) => [pathPattern(dir), placeholder]);
  const sep = new RegExp(SEP, 'g');
  return (text) => {
    let out = text;
    for (const [re, placeholder] of patterns) out = out.replace(re, (_m, rest) => placeholder + rest.replace(sep, '/'));
    // A relative path given on the command line, echoed with Windows separators.
    return out.replace(/\btest(?:\\\\|\\)fixtures(?:(?:\\\\|\\)[\w.-]+)+/g, (m) => m.replace(/\\\\|\\/g, '/'));
  };
}
