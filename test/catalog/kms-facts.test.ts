// The numbers and names the code relies on, against facts.md §3 as extracted into
// test/fixtures/sources/kms-facts.json: the clock-skew limit, the count's ceiling, the default
// port, and the log each activation event is read from.

import { describe, expect, it } from 'vitest';
import { entryCommands, getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { SKEW_LIMIT_SECONDS } from '../../src/input/clock.js';
import { MAX_KMS_COUNT } from '../../src/input/kms-count.js';
import { FIELDS } from '../../src/input/fields.js';
import { kmsFacts } from '../support/fixtures.js';

/** Every command text of the library and the catalog entries, with the PowerShell twins, once each. */
function commandTexts(): string[] {
  const { commands, errors } = getCatalog();
  const specs = [...Object.values(commands), ...errors.flatMap((e) => entryCommands(e).map(resolveCommand))];
  return [...new Set(specs.flatMap((c) => [c.text, c.twin?.text ?? '']))].filter((t) => t !== '');
}

describe('facts.md §3 in the code', () => {
  it('the clock-skew limit is the 4 hours of §3.2', () => {
    expect(SKEW_LIMIT_SECONDS).toBe(kmsFacts.clockSkewLimitHours * 3600);
  });

  it('the highest count a host reports is the one §3.1 gives', () => {
    expect(MAX_KMS_COUNT).toBe(kmsFacts.maxCurrentCount);
  });

  it('a KMS host typed without a port gets the default port of §3.3', () => {
    const v = FIELDS.kmsHost!.validate('kms01.corp.contoso.com', {});
    expect(v.ok && v.value.port).toBe(kmsFacts.defaultPort);
  });
});

describe('activation events are read from the log §3.5 names', () => {
  const queries = commandTexts().flatMap((text) => {
    const m = /LogName='([^']+)'[^}]*\bId=([\d,]+)/.exec(text);
    return m ? m[2]!.split(',').map((id) => ({ text, log: m[1]!, id: Number(id) })) : [];
  });
  const known = queries.filter((q) => kmsFacts.events.some((e) => e.id === q.id));

  it('finds the event queries to check', () => {
    expect(new Set(known.map((q) => q.id)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(known)('event $id is read from its own log', ({ id, log, text }) => {
    const fact = kmsFacts.events.find((e) => e.id === id)!;
    // facts.md names the log as Event Viewer shows it ("Windows Logs\Application"); Get-WinEvent takes its last part.
    expect(log, text).toBe(fact.log.split('\\').at(-1));
  });
});
