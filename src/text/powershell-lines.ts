// A long PowerShell command laid out as PowerShell a person reads: one pipeline stage a line,
// one statement a line, a script block's statements inside it, indented — and still a command
// that runs when a mouse selection of its lines is pasted into a PowerShell window. Lines end
// only where PowerShell reads on to the next one: after a pipe, between statements (a line
// break separates them as `;` does), after an opening brace (`} elseif (…) {` stays on one
// line, so an interactive prompt does not end the `if` early), and after a comma.

/** How far each level is indented. */
export const INDENT = '    ';

type Quote = '"' | "'" | undefined;

/** Calls `visit` for each character outside quotes, with its nesting depth of (), {} and []. */
function scan(text: string, visit: (i: number, c: string, depth: number) => void): void {
  let quote: Quote;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '`' && quote === '"') i++;
      else if (c === quote) {
        if (text[i + 1] === quote) i++;
        else quote = undefined;
      }
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '`') i++;
    else {
      if (c === ')' || c === '}' || c === ']') depth--;
      visit(i, c, depth);
      if (c === '(' || c === '{' || c === '[') depth++;
    }
  }
}

/** `text` split at `sep` where it stands at depth 0, outside quotes. */
function splitTop(text: string, sep: '|' | ';'): string[] {
  const parts: string[] = [];
  let start = 0;
  scan(text, (i, c, depth) => {
    if (depth !== 0 || c !== sep) return;
    if (sep === '|' && (text[i + 1] === '|' || text[i - 1] === '|')) return;
    parts.push(text.slice(start, i).trim());
    start = i + 1;
  });
  parts.push(text.slice(start).trim());
  return parts.filter((p, i) => p !== '' || i < parts.length - 1);
}

/** The top-level brace blocks of a statement: where each `{` opens and its `}` closes. */
function topBlocks(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  let open = -1;
  scan(text, (i, c, depth) => {
    if (c === '{' && depth === 0) open = i;
    // A `{name}` placeholder of a template is not a block.
    if (c === '}' && depth === 0 && open >= 0 && !/^\{\w+\}$/.test(text.slice(open, i + 1))) {
      blocks.push([open, i]);
      open = -1;
    }
  });
  return blocks;
}

/** Fills `text` into lines of `width`, breaking only after a comma, `;`, `{` or `|` outside quotes. */
function fill(text: string, width: number, indent: string): string[] {
  const points: number[] = [];
  scan(text, (i, c) => {
    const placeholder = c === '{' && /^\{\w+\}/.test(text.slice(i)); // a template's `{name}`, not a block
    if (c === ',' || c === ';' || (c === '{' && !placeholder) || (c === '|' && text[i + 1] !== '|' && text[i - 1] !== '|')) points.push(i + 1);
  });
  const out: string[] = [];
  let start = 0;
  let pad = indent;
  while (start < text.length) {
    const rest = text.slice(start).trimStart();
    const offset = text.length - rest.length;
    const room = width - pad.length;
    if (rest.length <= room) {
      out.push(pad + rest);
      break;
    }
    const fitting = points.filter((p) => p > offset && p - offset <= room);
    const end = fitting.length > 0 ? fitting[fitting.length - 1]! : points.find((p) => p > offset);
    if (end === undefined || text.slice(end).trim() === '') {
      out.push(pad + rest);
      break;
    }
    out.push(pad + text.slice(offset, end).trimEnd());
    start = end;
    pad = indent + INDENT;
  }
  return out;
}

/** Joins two pieces of a line: no space before a comma or a closing bracket. */
const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : /^[,)\]]/.test(b) ? `${a}${b}` : `${a} ${b}`);

/** A block this short stays on its line (`{ $_ }`, `{ 'Unlicensed' }`) even in a statement that is opened up. */
const SHORT_BLOCK = 24;

/**
 * One statement too wide for its line: a script block (or hashtable) that does not fit is
 * opened up, its statements inside it one a line. Where one block of a statement is opened,
 * every block of it is (but a very short one), so an `if … elseif … else` reads as one shape.
 */
function statement(text: string, width: number, indent: string, openAll = false): string[] {
  const blocks = topBlocks(text);
  if (blocks.length === 0) return fill(text, width, indent);
  const out: string[] = [];
  // A line that is still too wide is filled at its commas, its continuation lines indented.
  const push = (line: string) => out.push(...(indent.length + line.length > width ? fill(line, width, indent) : [indent + line]));
  let current = '';
  let from = 0;
  let opened = 0;
  let inlined = 0;
  for (const [open, close] of blocks) {
    const before = text.slice(from, open).trim();
    // `@{`, `${` and `={` stay together; elsewhere a space before the brace.
    const opening = before === '' ? '{' : /[@$=]$/.test(before) ? `${before}{` : `${before} {`;
    const inner = text.slice(open + 1, close).trim();
    from = close + 1;
    const inline = join(current, `${opening}${inner === '' ? '' : ` ${inner} `}}`);
    const short = inner.length <= SHORT_BLOCK;
    if (short || (!openAll && indent.length + inline.length <= width && topBlocks(inner).length === 0)) {
      if (!short) inlined++;
      current = inline;
      continue;
    }
    opened++;
    push(join(current, opening));
    out.push(...layOut(inner, width, indent + INDENT));
    current = '}';
  }
  push(join(current, text.slice(from).trim()));
  return opened > 0 && inlined > 0 && !openAll ? statement(text, width, indent, true) : out;
}

/**
 * The lines of one line of PowerShell at `width` columns, `indent` before each: as it is when
 * it fits, else a pipeline a stage a line, statements a line each, blocks opened up.
 */
export function layOut(text: string, width: number, indent = ''): string[] {
  const line = text.trim();
  if (indent.length + line.length <= width) return [indent + line];
  const statements = splitTop(line, ';');
  if (statements.length > 1) return statements.flatMap((s) => layOut(s, width, indent));
  const stages = splitTop(line, '|');
  if (stages.length > 1) {
    return stages.flatMap((stage, i) => {
      const lines = layOut(stage, width, i === 0 ? indent : indent + INDENT);
      if (i < stages.length - 1) lines[lines.length - 1] += ' |';
      return lines;
    });
  }
  return statement(line, width, indent);
}
