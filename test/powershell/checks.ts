// The checks every PowerShell text must pass, on what PowerShell's parser found in it
// (analyse.ps1): no parse error; no syntax only PowerShell 6 or 7 knows (Windows PowerShell
// 5.1 is the PowerShell of every Windows); and every command a cmdlet of the table
// (test/fixtures/powershell/cmdlets.json, facts from Microsoft Learn) or a known program, with
// every parameter one that cmdlet has, written out in full, given its value, and no more
// positional arguments than the cmdlet takes.

import { readFileSync } from 'node:fs';
import type { CommandFacts, PwshHost, ScriptFacts } from './pwsh-host.js';

/** One parameter of a cmdlet: its aliases, its positions (none: named only), whether it is a switch. */
export interface ParameterFacts {
  aliases?: string[];
  positions?: number[];
  switch?: boolean;
}

/** The committed table of cmdlets. */
export interface CmdletTable {
  commonParameters: Record<string, ParameterFacts>;
  nativeCommands: Record<string, string>;
  cmdlets: Record<string, { module: string; source: string; parameters: Record<string, ParameterFacts> }>;
}

/** The table, read once. */
export const CMDLETS: CmdletTable = JSON.parse(readFileSync(new URL('../fixtures/powershell/cmdlets.json', import.meta.url), 'utf8'));

const lower = (s: string) => s.toLowerCase();

/** What is wrong with one command's name and parameters; empty when nothing is. */
export function commandProblems(command: CommandFacts, table: CmdletTable = CMDLETS): string[] {
  const { name } = command;
  if (name === null) return []; // & { … } or & $variable: its inside is checked as commands of its own
  if (Object.hasOwn(table.nativeCommands, lower(name))) return [];
  const cmdlet = table.cmdlets[name];
  if (!cmdlet) {
    const near = Object.keys(table.cmdlets).find((k) => lower(k) === lower(name));
    return [near ? `${name}: write it as ${near}` : `${name} is not a cmdlet of the table (misspelt, an alias, or missing from test/fixtures/powershell/cmdlets.json)`];
  }
  const params = { ...table.commonParameters, ...cmdlet.parameters };
  const byName = new Map(Object.entries(params).map(([k, v]) => [lower(k), { name: k, facts: v }]));
  const byAlias = new Map(Object.entries(params).flatMap(([k, v]) => (v.aliases ?? []).map((a) => [lower(a), k] as const)));
  const problems: string[] = [];
  const named = new Set<string>();
  let positional = 0;
  let uncertain = false; // a splat or an unknown parameter: the positional count cannot be known
  const elements = command.elements;
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    if (!('parameter' in e)) {
      if (e.splat) uncertain = true;
      else positional++;
      continue;
    }
    const alias = byAlias.get(lower(e.parameter));
    const found = byName.get(lower(e.parameter)) ?? (alias ? byName.get(lower(alias)) : undefined);
    if (alias && !byName.has(lower(e.parameter))) problems.push(`${name} -${e.parameter}: an alias of -${alias}; write the full name`);
    if (!found) {
      problems.push(`${name} has no parameter -${e.parameter}`);
      uncertain = true;
      continue;
    }
    named.add(found.name);
    if (found.facts.switch || e.inline) continue;
    const next = elements[i + 1];
    if (!next || 'parameter' in next) problems.push(`${name} -${found.name} needs a value`);
    else i++;
  }
  const slots = Object.entries(cmdlet.parameters).filter(([k, v]) => v.positions?.length && !v.switch && !named.has(k)).length;
  if (!uncertain && positional > slots) problems.push(`${name}: ${positional} positional argument(s), but it takes ${slots} more`);
  return problems;
}

/** Everything wrong with a text's parse, its 7-only syntax and its commands. */
export function problemsIn(facts: ScriptFacts, table: CmdletTable = CMDLETS): string[] {
  return [
    ...facts.errors.map((e) => `parse error at line ${e.line}, column ${e.column}: ${e.message}`),
    ...facts.pwsh7.map((s) => `line ${s.line}: ${s.what} (not in Windows PowerShell 5.1): ${s.text}`),
    ...facts.commands.flatMap((c) => commandProblems(c, table).map((p) => `line ${c.line}: ${p}`)),
  ];
}

/** Parses `text` with the real PowerShell and returns everything wrong with it. */
export async function checkText(host: PwshHost, text: string): Promise<string[]> {
  return problemsIn(await host.analyse(text));
}
