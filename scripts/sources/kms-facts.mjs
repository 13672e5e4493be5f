// facts.md §3 → the operational facts the tests hold the product to: activation thresholds,
// the count's ceiling, the clock-skew limit, the port, the registry key, which log each
// activation event goes to, and the host updates §3.8 names.

import { expectThat, sectionOf } from './markdown.mjs';

/** The first capture of `pattern` in `text`, or a loud failure naming what was looked for. */
function find(text, pattern, what) {
  const m = pattern.exec(text);
  expectThat(m, `facts.md: could not find ${what} (${pattern})`);
  return m[1];
}

const number = (text, pattern, what) => Number(find(text, pattern, what));

/** §3.5: each bold "**12288 (client)**" label, the log its event goes to, and its quoted text. */
function activationEvents(section) {
  const [, except, usual, other] = /all except (\d+) go to \*\*([^*]+)\*\*; \1 goes to \*\*([^*]+)\*\*/.exec(section) ?? [];
  expectThat(except, 'facts.md §3.5: could not find which log the events go to');
  const events = [];
  for (const m of section.matchAll(/\*\*(\d{4,5}) \((client|host)\)\*\*( "([^"]+)")?/g)) {
    events.push({ id: Number(m[1]), on: m[2], log: m[1] === except ? other : usual, text: m[4] ?? null });
  }
  expectThat(events.length > 0, 'facts.md §3.5: no events found');
  return events;
}

/** The facts of facts.md §3 that code and data must agree with. */
export function extractKmsFacts(factsMarkdown) {
  const thresholds = sectionOf(factsMarkdown, '3.1 ');
  const timers = sectionOf(factsMarkdown, '3.2 ');
  const network = sectionOf(factsMarkdown, '3.3 ');
  const registry = sectionOf(factsMarkdown, '3.4 ');
  const hostKeys = sectionOf(factsMarkdown, '3.8 ');
  return {
    activationThreshold: {
      windowsClient: number(thresholds, /Windows client OS\) activate when the host's count is \*\*≥(\d+)\*\*/, 'the client threshold'),
      windowsServer: number(thresholds, /Windows Server and volume Office activate at \*\*≥(\d+)\*\*/, 'the server threshold'),
    },
    maxCurrentCount: number(thresholds, /never exceeds \*\*(\d+)\*\*/, 'the highest count'),
    clockSkewLimitHours: number(timers, /Clock skew limit client↔host: \*\*(\d+) hours\*\*/, 'the clock-skew limit'),
    defaultPort: number(network, /Default port \*\*TCP (\d+)\*\*/, 'the default port'),
    registry: {
      key: find(registry, /Current path: `([^`]+)`/, 'the SoftwareProtectionPlatform key'),
      // The Vista-era key older documents still name; it does not exist on 2008 R2 and later.
      outdatedKey: find(registry, /moved from Vista's `…\\([^`]+)`/, 'the outdated key'),
    },
    events: activationEvents(sectionOf(factsMarkdown, '3.5 ')),
    hostUpdates: [...new Set(hostKeys.match(/KB\d{6,7}/g))],
  };
}
