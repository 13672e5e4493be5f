#!/usr/bin/env node
// Turns the reference documents into the fact tables the tests compare data/ with, and copies
// the captured command outputs the parsers are tested on. Run by hand when a reference changes;
// its output is committed, so tests never need the documents themselves:
//
//   node scripts/extract-sources.mjs --reference <dir> --samples <dir>          write the fixtures
//   node scripts/extract-sources.mjs --check --reference <dir> --samples <dir>  exit 1 on drift
//
// <dir> for --reference holds activation-error-codes.md, kms-client-setup-keys.md and facts.md;
// for --samples, the captures (each file is copied byte for byte). With --check, a folder that
// is not there is skipped (a clone without the references has nothing to compare with).

import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ERROR_CODES_DOC, extractErrorCodes } from './sources/error-codes.mjs';
import { SETUP_KEYS_DOC, extractSetupKeys } from './sources/setup-keys.mjs';
import { extractFactsCodes } from './sources/facts-codes.mjs';
import { extractKmsFacts } from './sources/kms-facts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES_OUT = join(root, 'test', 'fixtures', 'sources');
const SAMPLES_OUT = join(root, 'test', 'fixtures', 'samples');
const FACTS_DOC = 'facts.md';

const USAGE = `Usage: node scripts/extract-sources.mjs [--check] [--reference <dir>] [--samples <dir>]
  --reference <dir>  the folder with ${ERROR_CODES_DOC}, ${SETUP_KEYS_DOC} and ${FACTS_DOC}
  --samples <dir>    the folder of captured command outputs, copied verbatim
  --check            write nothing; exit 1 naming each fixture that differs from what <dir> gives`;

/** Pretty JSON with the trailing newline every committed fixture has. */
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The four fact tables, as file name → content, from the reference folder. */
function factTables(dir) {
  const read = (name) => readFileSync(join(dir, name), 'utf8');
  const facts = read(FACTS_DOC);
  return new Map([
    ['error-codes.json', json(extractErrorCodes(read(ERROR_CODES_DOC)))],
    ['setup-keys.json', json(extractSetupKeys(read(SETUP_KEYS_DOC), facts))],
    ['facts-codes.json', json(extractFactsCodes(facts))],
    ['kms-facts.json', json(extractKmsFacts(facts))],
  ]);
}

/** Every file of the samples folder, name → bytes, in name order. */
function sampleFiles(dir) {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile()).sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n))]));
}

/** A line for each fixture that is missing or differs from what was generated. */
function drifted(outDir, files, dir) {
  const lines = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    if (!existsSync(path)) lines.push(`${relative(root, path)} is missing (${dir} has it)`);
    else if (!readFileSync(path).equals(Buffer.from(content))) lines.push(`${relative(root, path)} differs from what ${dir} gives`);
  }
  return lines;
}

/** Fixture files nothing generated any more (a source table or sample that was dropped). */
function leftovers(outDir, files) {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir).filter((n) => !files.has(n)).map((n) => relative(root, join(outDir, n)));
}

/** Compares one part's fixtures with what its folder gives; true when they all match. */
function check(what, dir, outDir, files) {
  const problems = drifted(outDir, files, dir);
  // Only the fact tables are all ours: other tests may keep captures of their own in samples/.
  if (what === 'reference') problems.push(...leftovers(outDir, files).map((path) => `${path} is not generated from ${dir}`));
  for (const line of problems) console.error(`extract-sources: ${line}`);
  if (problems.length > 0) return false;
  console.log(`extract-sources: ${what}: ${files.size} fixtures match ${dir}`);
  return true;
}

/** Writes one part's fixtures. */
function write(what, outDir, files) {
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDir, name), content);
  console.log(`extract-sources: ${what}: wrote ${files.size} files to ${relative(root, outDir)}`);
}

/** The command line, parsed; throws on an unknown option. */
function options(argv) {
  const spec = { check: { type: 'boolean' }, reference: { type: 'string' }, samples: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
  return parseArgs({ args: argv, options: spec }).values;
}

/** The exit code: 0 done (or nothing to compare), 1 drift, 2 usage or a source that cannot be read. */
function main(argv) {
  let args;
  try {
    args = options(argv);
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.reference && !args.samples) {
    console.error(USAGE);
    return 2;
  }
  const parts = [
    { what: 'reference', dir: args.reference, outDir: SOURCES_OUT, make: factTables },
    { what: 'samples', dir: args.samples, outDir: SAMPLES_OUT, make: sampleFiles },
  ].filter((p) => p.dir);
  let matching = true;
  for (const { what, dir, outDir, make } of parts) {
    if (!existsSync(dir)) {
      if (!args.check) {
        console.error(`extract-sources: no folder ${dir}`);
        return 2;
      }
      console.log(`extract-sources: ${what}: skipped (${dir} is not there)`);
      continue;
    }
    let files;
    try {
      files = make(dir);
    } catch (error) {
      console.error(`extract-sources: reading ${what} from ${dir} failed: ${error.message}`);
      return 2;
    }
    if (!args.check) write(what, outDir, files);
    else if (!check(what, dir, outDir, files)) matching = false;
  }
  if (!matching) console.error('extract-sources: the fixtures drifted; run the same command without --check and commit the result.');
  return matching ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
