// How long readOutput takes on a megabyte: real outputs repeated, and inputs built to be
// awkward (one huge line, random bytes, 125 000 one-line "outputs", a wall of table rules).
// Run: node scripts/bench-readers.mjs   (prints wall and CPU milliseconds per read)
// Unit tests assert no timings; this is where the "well under a second" is measured.

import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = await build({ entryPoints: [join(root, 'src/readers/read-output.ts')], bundle: true, platform: 'node', format: 'esm', write: false });
const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-bench-'));
const file = join(dir, 'reader.mjs');
writeFileSync(file, out.outputFiles[0].text);
const { readOutput } = await import(pathToFileURL(file).href);
rmSync(dir, { recursive: true, force: true });

const fixtures = ['test/fixtures/samples/', 'test/fixtures/readers/'].flatMap((d) =>
  readdirSync(join(root, d)).map((f) => readFileSync(join(root, d, f), 'utf8')));
const megabyte = (pieces) => {
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += `${pieces[i % pieces.length]}\n`;
  return text;
};
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const inputs = {
  'real outputs, repeated': megabyte(fixtures),
  'one line of 1 MB': 'y'.repeat(1_000_000),
  'random bytes': Array.from({ length: 1_000_000 }, () => String.fromCharCode(Math.floor(random() * 256))).join(''),
  'a code 83 000 times on one line': '0xC004F074, '.repeat(83_000),
  '"Name: x" 125 000 times': 'Name: x\n'.repeat(125_000),
  'table rules, 90 000 lines': '----  ----\n'.repeat(90_000),
};

for (const [name, text] of Object.entries(inputs)) {
  readOutput(text); // warm up
  const cpu = process.cpuUsage();
  const start = performance.now();
  const reading = readOutput(text);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const parts = reading.parts?.length ?? 1;
  console.log(`${name.padEnd(34)} ${(text.length / 1e6).toFixed(2)} MB  wall ${wall.toFixed(0).padStart(4)} ms  cpu ${((used.user + used.system) / 1000).toFixed(0).padStart(4)} ms  ${reading.kind}, ${parts} output${parts === 1 ? '' : 's'}`);
}
