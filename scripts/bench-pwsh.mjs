// How long the PowerShell checks take, one pwsh per text against one long-lived pwsh
// (test/powershell/server.ps1) answering every text: the reason the tests start pwsh once per
// file. Also one mocked run of the host collect script, in the long-lived pwsh and as its own
// process (what "Read this computer" does).
// Run: node scripts/bench-pwsh.mjs   (needs .tools/pwsh/pwsh, from .ci/install-pwsh.sh, or KMS_DOCTOR_PWSH)
// Unit tests assert no timings; this is where the figures come from.

import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('..', import.meta.url).pathname;
const pwsh = process.env.KMS_DOCTOR_PWSH ?? join(root, '.tools/pwsh/pwsh');
const env = {
  ...process.env, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off',
  PSModulePath: join(root, 'test/powershell/mocks/modules'), PATH: `${join(root, 'test/powershell/mocks/bin')}${delimiter}${process.env.PATH}`,
};

// Every PowerShell text of the command library, placeholders filled with a plain word.
const texts = readdirSync(join(root, 'data/commands')).flatMap((f) => Object.values(JSON.parse(readFileSync(join(root, 'data/commands', f), 'utf8'))))
  .flatMap((c) => [c, c.twin].filter(Boolean)).filter((c) => c.shell === 'powershell').map((c) => c.text.replace(/\{[A-Za-z]+\}/g, 'x'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t) => `${t.toFixed(0)} ms`;
const now = () => performance.now();

// 1. One pwsh per text.
const perProcess = [];
for (const text of texts.slice(0, 10)) {
  const t = now();
  spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', `. '${join(root, 'test/powershell/analyse.ps1')}'; Get-ScriptFacts -Text $env:KMS_TEXT | ConvertTo-Json -Depth 12 -Compress`], { env: { ...env, KMS_TEXT: text } });
  perProcess.push(now() - t);
}

// 2. One long-lived pwsh answering every text, five times over.
const started = now();
const child = spawn(pwsh, ['-NoProfile', '-NonInteractive', '-File', join(root, 'test/powershell/server.ps1')], { env, stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
let id = 0;
const ask = async (body) => {
  child.stdin.write(`${JSON.stringify({ id: ++id, ...body })}\n`);
  return JSON.parse((await lines.next()).value);
};
await ask({ op: 'analyse', text: 'Get-Date' });
const ready = now() - started;
const perRequest = [];
for (let round = 0; round < 5; round++) {
  for (const text of texts) {
    const t = now();
    await ask({ op: 'analyse', text });
    perRequest.push(now() - t);
  }
}

// 3. A mocked run of the host collect script: in the long-lived pwsh, and as its own process.
const script = spawnSync(process.execPath, [join(root, 'dist/cli.mjs'), 'collect', '--host-side'], { encoding: 'utf8' }).stdout;
const caseFile = join(root, 'test/powershell/mocks/cases/kms-host.json');
const inServer = [];
for (let i = 0; i < 5; i++) {
  const t = now();
  const r = await ask({ op: 'run', text: script, env: { KMS_DOCTOR_MOCK_CASE: caseFile, COMPUTERNAME: 'KMS01' }, strict: true });
  if (!r.ok || r.result.stopped) throw new Error(`mocked run failed: ${JSON.stringify(r)}`);
  inServer.push(now() - t);
}
child.stdin.end();
const asProcess = [];
for (let i = 0; i < 3; i++) {
  const t = now();
  spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], { env: { ...env, KMS_DOCTOR_MOCK_CASE: caseFile } });
  asProcess.push(now() - t);
}

console.log(`pwsh ${spawnSync(pwsh, ['-NoProfile', '-Command', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8' }).stdout.trim()}, ${texts.length} texts of the command library`);
console.log(`one pwsh per text:        median ${ms(median(perProcess))} a text (10 texts: ${perProcess.map(ms).join(', ')})`);
console.log(`one long-lived pwsh:      ${ms(ready)} to start, then median ${ms(median(perRequest))} a text (${perRequest.length} requests: ${ms(perRequest.reduce((a, b) => a + b, 0))})`);
console.log(`mocked host collect run:  median ${ms(median(inServer))} in the long-lived pwsh, ${ms(median(asProcess))} as its own pwsh process`);
