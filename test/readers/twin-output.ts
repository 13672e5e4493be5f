// What the project's own PowerShell twins print, built from their text: the properties a
// `Format-List a, b, @{n='c';e={…}}` names (wildcards expanded against the class's properties),
// laid out as PowerShell's list view lays them out (names padded to the longest, " : ", the
// value, a value's further lines under its first). Calculated properties are evaluated from the
// twin's own expression, so a twin that changes its words changes what the readers are fed.

/** A CIM object's raw property values (numbers as CIM gives them). */
export type RawObject = Readonly<Record<string, string | number | boolean | undefined>>;

/** The items between commas at the top level (not inside quotes, braces or parentheses). */
export function topLevelItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) { if (c === quote) quote = undefined; continue; }
    if (c === '\'' || c === '"') quote = c;
    else if ('({['.includes(c)) depth += 1;
    else if (')}]'.includes(c)) depth -= 1;
    else if (c === ',' && depth === 0) { items.push(text.slice(start, i).trim()); start = i + 1; }
  }
  items.push(text.slice(start).trim());
  return items.filter((s) => s !== '');
}

/** One column of a list: its label and how its value is made from the raw object. */
interface Column {
  label: string;
  value: (o: RawObject) => string;
}

/** The clock the rendered outputs are taken at (Get-Date), so that dates are fixed. */
export const NOW = Date.UTC(2026, 10, 23, 14, 10, 4);

/** A date as PowerShell prints a DateTime under en-US ("5/21/2027 2:03:11 PM"). */
export function usDate(d: Date): string {
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

const shown = (v: RawObject[string]): string => (v === undefined ? '' : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

/** A calculated property's value, for the expression shapes the twins use; anything else is refused. */
function expression(body: string): (o: RawObject) => string {
  const pick = /^\(((?:'[^']*'\s*,\s*)*'[^']*')\)\[\$_\.(\w+)\]$/.exec(body.trim());
  if (pick) {
    const words = [...pick[1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
    return (o) => words[Number(o[pick[2]!])] ?? '';
  }
  const hex = /^'0x\{0:X8\}'\s+-f\s+\$_\.(\w+)$/.exec(body.trim());
  if (hex) return (o) => `0x${(Number(o[hex[1]!]) >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
  // The /xpr twin's Expires: the end date while time is left, slmgr's sentence for a licence that never ends.
  const expires = /^\$m = \$_\.GracePeriodRemaining; if \(\$m\) \{ \(Get-Date\)\.AddMinutes\(\$m\) \} elseif \(\$_\.LicenseStatus -eq 1\) \{ '([^']+)' \}$/.exec(body.trim());
  if (expires) return (o) => (Number(o.GracePeriodRemaining) > 0 ? usDate(new Date(NOW + Number(o.GracePeriodRemaining) * 60_000)) : Number(o.LicenseStatus) === 1 ? expires[1]! : '');
  throw new Error(`twin-output: an expression kms-doctor's tests cannot evaluate yet: ${body}`);
}

function columnsOf(item: string, known: readonly string[]): Column[] {
  const calculated = /^@\{\s*(?:n|name|label|l)\s*=\s*'([^']+)'\s*;\s*(?:e|expression)\s*=\s*\{(.*)\}\s*\}$/i.exec(item);
  if (calculated) return [{ label: calculated[1]!, value: expression(calculated[2]!) }];
  if (item.includes('*')) {
    const re = new RegExp(`^${item.replace(/\*/g, '.*')}$`, 'i');
    return known.filter((k) => re.test(k)).map((k) => ({ label: k, value: (o) => shown(o[k]) }));
  }
  return [{ label: item, value: (o) => shown(o[item]) }];
}

/** The text from `start` to the first `;` outside quotes, braces and parentheses (the end of a statement). */
function statementFrom(text: string, start: number): string {
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) { if (c === quote) quote = undefined; continue; }
    if (c === '\'' || c === '"') quote = c;
    else if ('({['.includes(c)) depth += 1;
    else if (')}]'.includes(c)) depth -= 1;
    else if (c === ';' && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** The Format-List segments of a twin (one per pipeline that ends in Format-List), their columns resolved. */
export function formatLists(twin: string, known: readonly string[]): Column[][] {
  return [...twin.matchAll(/\|\s*Format-List\s+/g)].map((m) => topLevelItems(statementFrom(twin, m.index + m[0].length)).flatMap((i) => columnsOf(i, known)));
}

/** PowerShell's list view of objects: a blank line before each, names padded, multi-line values indented. */
export function listView(columns: readonly Column[], objects: readonly RawObject[]): string {
  const width = Math.max(...columns.map((c) => c.label.length));
  const out: string[] = [''];
  for (const o of objects) {
    out.push('');
    for (const c of columns) {
      const [first = '', ...rest] = c.value(o).split('\n');
      out.push(`${c.label.padEnd(width)} :${first === '' ? '' : ` ${first}`}`);
      for (const line of rest) out.push(`${' '.repeat(width + 3)}${line}`);
    }
  }
  out.push('', '');
  return out.join('\r\n');
}

/**
 * What a twin that ends in one or more Format-List pipelines prints, given the objects each
 * pipeline lists (one array per pipeline, in order).
 */
export function twinListOutput(twin: string, perPipeline: readonly (readonly RawObject[])[], known: readonly string[] = []): string {
  const lists = formatLists(twin, known);
  if (lists.length !== perPipeline.length) throw new Error(`twin-output: the twin has ${lists.length} Format-List pipelines, ${perPipeline.length} given`);
  return lists.map((columns, i) => listView(columns, perPipeline[i]!)).join('');
}
