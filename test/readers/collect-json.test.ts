// Collected JSON as it arrives in a paste: cut by a console's width, cut short at the end,
// several machines in a row or in an array, amid other output.

import { describe, expect, it } from 'vitest';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { sample, variant } from './fixtures.js';

const client = variant('collect-client.json');
const host = variant('collect-host.json');
const clean = readOutput(client);

/** Every line cut at `width` columns, as copying from a console of that width gives it. */
const narrow = (text: string, width: number) =>
  text.split(/\r?\n/).flatMap((l) => (l.length <= width ? [l] : l.match(new RegExp(`.{1,${width}}`, 'g'))!)).join('\r\n');

describe('collected JSON in a paste', () => {
  it('mends values a 100-column console cut across lines', () => {
    const cut = narrow(client, 100);
    expect(cut.split('\r\n').length).toBeGreaterThan(client.split('\r\n').length);
    expect(readOutput(cut)).toEqual(clean);
  });

  it('reads what is there when the end was not copied', () => {
    const cut = client.slice(0, client.indexOf('"W32tm"') + 40);
    const reading = readOutput(cut);
    expect(reading.kind).toBe('collect');
    expect(reading.facts).toMatchObject({ computerName: 'PC042', cmid: clean.facts.cmid, tcp: clean.facts.tcp, events: clean.facts.events });
    expect(reading.facts.timeSource).toBeUndefined();
  });

  it('reads two machines saved one after the other, or as an array', () => {
    for (const text of [`${client}\n${host}`, `[${client},${host}]`]) {
      const reading = readOutput(text);
      expect(reading.parts?.map((p) => p.facts.computerName)).toEqual(['PC042', 'KMS01']);
    }
  });

  it('reads the JSON and the outputs around it', () => {
    const reading = readOutput(`${sample('dli-kms-host-1.txt')}\nPS C:\\> .\\collect.ps1\n${client}\nPS C:\\> w32tm /query /status\n${variant('w32tm-status-cmos.txt')}`);
    expect(reading.parts?.map((p) => p.kind)).toEqual(['collect', 'slmgr-dli', 'w32tm-status']);
  });

  it('leaves a quote in the output around the JSON alone', () => {
    const reading = readOutput(`Error: product key "X" not found.\nName: Windows(R)\n${client}`);
    expect(reading.parts?.map((p) => p.kind)).toEqual(['collect', 'slmgr-dli']);
    expect(reading.parts![0]!.facts).toEqual(clean.facts);
  });

  it('is no collected output without its marker', () => {
    expect(readOutput(client.replace('KmsDoctorCollect', 'Something')).kind).not.toBe('collect');
  });
});

describe('hostile collected JSON', () => {
  it('keeps no control character or colour in any fact', () => {
    const evil = JSON.parse(client);
    evil.ComputerName = 'PC\u001b]0;owned\u0007042\u001b[2J';
    evil.Product.Name = 'Windows\u0000\u009b31m';
    evil.Events[0].Info = `0xC004F074, 0x0, kms01\u001b[1m:1688, ${evil.Service.ClientMachineID}`;
    const facts = JSON.stringify(readOutput(JSON.stringify(evil)).facts);
    expect(facts).not.toMatch(/\\u00(?:0|1|7f|8|9)|\u001b/i);
    expect(readOutput(JSON.stringify(evil)).facts.computerName).toBe('PC042');
  });
});
