#!/usr/bin/env node
// How many pages each resolution takes in the wizard's default view at 60×20 and 80×24.
//   node scripts/pages.mjs                 the named resolutions of issue 14, then the worst ten
//   node scripts/pages.mjs --all [--json]  every resolution
//   node scripts/pages.mjs --view powershell   the same in the PowerShell view (p)
//   node scripts/pages.mjs --show 'kms-count "rearmClones"' [--size 60x20] [--view cmd]   its pages, as text
// Bundles scripts/pages/measure.ts with esbuild into a temporary file under node_modules/.cache and runs it; it prints
// figures and asserts nothing (test/wizard/resolution-pages.test.ts holds the goals).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({ options: { all: { type: 'boolean' }, json: { type: 'boolean' }, show: { type: 'string' }, size: { type: 'string', default: '80x24' }, view: { type: 'string', default: 'cmd' } } });
// Inside the checkout, so the bundle finds the project's packages.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'kms-pages-'));
try {
  const outfile = join(dir, 'measure.mjs');
  await build({
    entryPoints: [join(root, 'scripts', 'pages', 'measure.ts')], outfile, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', jsx: 'automatic', logLevel: 'warning', packages: 'external',
  });
  const { measure } = await import(pathToFileURL(outfile).href);
  if (opt.show) {
    const [columns, rows] = opt.size.split('x').map(Number);
    const pages = (await import(pathToFileURL(outfile).href)).pagesText(opt.show, { columns, rows }, opt.view);
    pages.forEach((p, i) => console.log(`──── page ${i + 1} of ${pages.length} ${'─'.repeat(Math.max(0, columns - 20))}\n${p}`));
    process.exit(0);
  }
  const all = measure(opt.view === 'powershell' ? 'powershell' : 'cmd');
  // The four resolutions a junior measured in issue 14 (name starts with, title starts with).
  const named = [
    ['port-1688 ', 'Start the Software Protection service on the KMS host'],
    ['srv-create ', 'Create the SRV record on the Windows DNS server'],
    ['kms-count ', 'Give each clone its own CMID'],
    ['key-lookup ', 'KMS client setup key for'],
  ];
  if (opt.json) {
    process.stdout.write(`${JSON.stringify(all, null, 1)}\n`);
  } else {
    const row = (r) => `${String(r.pages['60x20']).padStart(6)} ${String(r.pages['80x24']).padStart(6)}  ${r.name} — ${r.title}`;
    console.log(' 60x20  80x24  resolution');
    for (const [flow, title] of named) {
      const r = all.find((x) => x.name.startsWith(flow) && x.title.startsWith(title));
      if (r) console.log(row(r));
    }
    console.log('');
    const list = opt.all ? all : [...all].sort((a, b) => b.pages['80x24'] - a.pages['80x24'] || b.pages['60x20'] - a.pages['60x20']).slice(0, 15);
    for (const r of list) console.log(row(r));
    const sum = (k) => all.reduce((n, r) => n + r.pages[k], 0);
    const max = (k) => Math.max(...all.map((r) => r.pages[k]));
    console.log(`\n${all.length} resolutions · pages at 60x20: total ${sum('60x20')}, most ${max('60x20')} · at 80x24: total ${sum('80x24')}, most ${max('80x24')}`);
    const over = all.filter((r) => r.pages['80x24'] > 3 || r.pages['60x20'] > 5);
    console.log(`over the goal (> 3 pages at 80x24 or > 5 at 60x20): ${over.length}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
