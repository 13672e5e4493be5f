// A folder of many machines: read one file at a time (each file's text is handed on before the
// next is read, so memory is one file's, not all of them), and summarised with a bounded amount
// of work per machine (the old summary compared each machine with every one before it).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFolder, readFolder } from '../../src/commands/parse-input.js';
import { summarise, type FileReading } from '../../src/commands/parse-summary.js';
import { readOutput } from '../../src/readers/read-output.js';

const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-folder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const collect = JSON.parse(readFileSync(new URL('../fixtures/readers/collect-client.json', import.meta.url), 'utf8'));

describe('a folder is read one file at a time', () => {
  it('each file is read only after the one before it was handed on', async () => {
    const folder = join(tmp, 'order');
    mkdirSync(folder);
    for (const n of [1, 2, 3]) writeFileSync(join(folder, `pc${n}.txt`), `as written ${n}`);
    const listed = listFolder(folder, folder);
    expect(listed).toEqual({ names: ['pc1.txt', 'pc2.txt', 'pc3.txt'] });
    // Handing on pc1 rewrites pc2: a reader that read every file first would not see it.
    const seen = await readFolder(folder, (listed as { names: string[] }).names, (file, text) => {
      if (file === 'pc1.txt') writeFileSync(join(folder, 'pc2.txt'), 'rewritten after pc1 was handed on');
      return `${file}: ${text}`;
    });
    expect(seen).toEqual({ files: ['pc1.txt: as written 1', 'pc2.txt: rewritten after pc1 was handed on', 'pc3.txt: as written 3'], skipped: [] });
  });
});

function machines(n: number): FileReading[] {
  const reading = readOutput(JSON.stringify(collect));
  return Array.from({ length: n }, (_, i) => {
    const r = structuredClone(reading);
    r.facts.computerName = `PC${String(i).padStart(5, '0')}`;
    r.facts.cmid = `5b9e3bd1-5f43-4a77-8d0d-${String(i % (n - 10)).padStart(12, '0')}`;
    return { file: `${r.facts.computerName}.json`, reading: r };
  });
}

describe('the summary of many machines', () => {
  it('is right for 3 000 machines: each once per state, code and host; the ten clone pairs found', () => {
    const s = summarise(machines(3000));
    expect(s.machines).toBe(3000);
    expect(Object.values(s.licenceStates).flat()).toHaveLength(3000);
    expect(Object.keys(s.kmsHosts)).toEqual(['kms01.corp.contoso.com:1688']);
    expect(s.kmsHosts['kms01.corp.contoso.com:1688']).toHaveLength(3000);
    expect(s.codes['0xC004F074']).toHaveLength(3000);
    expect(s.duplicateCmids).toHaveLength(10);
    expect(s.duplicateCmids[0]!.machines).toEqual(['PC00000', 'PC02990']);
  });

  it('does work in proportion to the machines, not to their square (name comparisons counted)', () => {
    // Every comparison of machine names lower-cases them; count the lower-casings per machine.
    const small = machines(500);
    const large = machines(2000);
    const count = (files: FileReading[]) => {
      const lower = String.prototype.toLowerCase;
      let calls = 0;
      String.prototype.toLowerCase = function (this: string) {
        calls++;
        return lower.call(this);
      };
      try {
        summarise(files);
      } finally {
        String.prototype.toLowerCase = lower;
      }
      return calls / files.length;
    };
    const perMachineSmall = count(small);
    const perMachineLarge = count(large);
    expect(perMachineLarge).toBeLessThan(perMachineSmall * 1.5);
    expect(perMachineLarge).toBeLessThan(40);
  });
});
