// Finding kms-doctor collect's JSON in a paste, as it arrives: alone, several in a row, amid
// other output, copied from a console that broke its long lines (a line break inside a JSON
// string), or cut short at the end of a selection. One pass per step, so it stays linear.

import { collectedCode, collectedFacts, isCollected } from './collect.js';
import type { Reading } from './reading.js';

/** The span of one top-level {…} in a text. */
interface Span {
  start: number;
  end: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The text with line breaks inside JSON strings taken out: a console that wraps a long value
 * leaves one there, and JSON allows none, so taking it out can only mend.
 */
export function joinBrokenStrings(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString && c === '\\') i += 1;
    else if (c === '"') inString = !inString;
    else if (inString && (c === '\n' || c === '\r')) {
      out += text.slice(from, i);
      from = i + 1;
      // A quote never spans lines in ConvertTo-Json's output: an unclosed one at the end of a
      // line is a value cut by the console, so the string goes on.
    }
  }
  return out + text.slice(from);
}

/** Where each top-level {…} is, strings respected; an object still open at the end is `open`. */
function topLevelObjects(text: string): { spans: Span[]; open?: number } {
  const spans: Span[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"' && depth > 0) inString = true;
    else if (c === '{') { if (depth++ === 0) start = i; }
    else if (c === '}' && depth > 0 && --depth === 0) spans.push({ start, end: i + 1 });
  }
  return depth > 0 ? { spans, open: start } : { spans };
}

/** A document cut short: its last whole line kept, its open brackets closed. */
export function closeTruncated(text: string): unknown {
  const lines = text.split('\n');
  for (let keep = lines.length; keep > 0 && keep > lines.length - 3; keep--) {
    const body = lines.slice(0, keep).join('\n').replace(/[,:\s]+$/, '');
    const stack: string[] = [];
    let inString = false;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (inString) { if (c === '\\') i += 1; else if (c === '"') inString = false; }
      else if (c === '"') inString = true;
      else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
      else if (c === '}' || c === ']') stack.pop();
    }
    if (inString) continue;
    const value = parseJson(body + stack.reverse().join(''));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Every collected document in the text, read, and the text around them (other outputs). */
export function readCollected(raw: string): { readings: Reading[]; rest: string } {
  if (!/kmsdoctorcollect/i.test(raw)) return { readings: [], rest: raw };
  const text = raw.replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  const whole = /^[[{]/.test(trimmed) ? parseJson(joinBrokenStrings(trimmed)) : undefined;
  let found: { value: unknown; span: Span }[];
  if (whole !== undefined) {
    found = (Array.isArray(whole) ? whole : [whole]).map((value) => ({ value, span: { start: 0, end: text.length } }));
  } else {
    // Line breaks are mended inside each object only: quotes in the output around it are not JSON's.
    const { spans, open } = topLevelObjects(text);
    found = spans.map((span) => ({ value: parseJson(joinBrokenStrings(text.slice(span.start, span.end))), span }));
    if (open !== undefined) found.push({ value: closeTruncated(joinBrokenStrings(text.slice(open))), span: { start: open, end: text.length } });
  }
  const docs = found.filter((d) => isCollected(d.value));
  if (docs.length === 0) return { readings: [], rest: raw };
  let rest = '';
  let at = 0;
  for (const { span } of docs) {
    if (span.start >= at) rest += `${text.slice(at, span.start)}\n`;
    at = Math.max(at, span.end);
  }
  rest += text.slice(at);
  const readings = docs.map((d): Reading => {
    const facts = collectedFacts(d.value);
    const code = collectedCode(facts);
    return { kind: 'collect', facts, ...(code ? { code } : {}) };
  });
  return { readings, rest };
}
