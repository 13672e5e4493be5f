// Word-wrapping for prose: the plain-text output of the non-interactive commands and the
// wizard's paragraphs. Only prose is wrapped; commands are printed whole on their own line so
// they copy and paste intact. A word longer than the line (a long URL, a GUID) is cut into
// pieces, so no wrapped line is ever wider than asked.

/** Wraps `text` at `width` columns, indenting every line by `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  return wrapLines(text, Math.max(20, width - indent.length)).map((l) => indent + l).join('\n');
}

/** The lines of `text` wrapped at exactly `max` columns (at least 1). */
export function wrapLines(text: string, max: number): string[] {
  const limit = Math.max(1, max);
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > limit) {
      const room = line ? limit - line.length - 1 : limit;
      if (room < Math.min(8, limit)) {
        if (line) lines.push(line);
        line = '';
        continue;
      }
      lines.push(line ? `${line} ${word.slice(0, room)}` : word.slice(0, room));
      line = '';
      word = word.slice(room);
    }
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The width to wrap prose at: the terminal's, capped for readability; 80 when piped. */
export function proseWidth(stream: NodeJS.WriteStream = process.stdout): number {
  return Math.min(stream.isTTY && stream.columns ? stream.columns : 80, 100);
}
