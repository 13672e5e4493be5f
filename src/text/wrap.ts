// Word-wrapping for the plain-text output of the non-interactive commands. Only prose is
// wrapped; commands are printed whole on their own line so they copy and paste intact.

/** Wraps `text` at `width` columns, indenting every line by `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const max = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The width to wrap prose at: the terminal's, capped for readability; 80 when piped. */
export function proseWidth(stream: NodeJS.WriteStream = process.stdout): number {
  return Math.min(stream.isTTY && stream.columns ? stream.columns : 80, 100);
}
