// Comment paragraphs of the collect script, wrapped so that the script reads in an 80-column
// console or editor (and on the wizard's preview) without its lines breaking.

/** The widest comment line, its `# ` and the script's indentation included. */
export const COMMENT_WIDTH = 78;

/** Inside `& { … }` a line starts 4 columns in. */
const BODY = COMMENT_WIDTH - 4;

/** `text` as `# ` lines at most `width` wide; the lines after the first are indented `hanging` more. */
export function comment(text: string, width = BODY, hanging = 0): string[] {
  const lines: string[] = [];
  const lead = () => (lines.length === 0 ? '# ' : `# ${' '.repeat(hanging)}`);
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && `${lead()}${current} ${word}`.length > width) {
      lines.push(lead() + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(lead() + current);
  return lines;
}

/** A numbered part's heading: `# #. ` (numbered by script.ts) and its text, the rest indented under it. */
export const partComment = (text: string): string[] => comment(`#. ${text}`, BODY, 3);
