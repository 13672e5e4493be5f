// kms-client-setup-keys.md and facts.md §2 → the fact table of KMS client setup keys (GVLKs):
// each edition exactly as its table names it, its key, and the heading it stands under. Also
// the keys facts.md §2 names outside its table: third-party keys we must never ship.

import { expectThat, heading, linesOf, sectionOf, tableCells } from './markdown.mjs';

/** The file name of the setup-key document, which is also its `source` id in data/. */
export const SETUP_KEYS_DOC = 'kms-client-setup-keys.md';
/** The `source` id of the keys the research notes add (newer than the document). */
export const FACTS_KEYS_SECTION = 'facts.md §2';

const KEY = /[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}/g;
const WHOLE_KEY = /^[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}$/;

/** Every two-cell table row whose second cell is a 5×5 key, with the headings above it. */
function keyRows(markdown, source) {
  const rows = [];
  let section = '';
  let subsection = null;
  for (const line of linesOf(markdown)) {
    const h = heading(line);
    if (h?.level === 2) [section, subsection] = [h.text, null];
    if (h?.level === 3) subsection = h.text;
    const cells = tableCells(line);
    if (cells?.length === 2 && WHOLE_KEY.test(cells[1])) {
      rows.push({ source, section, subsection, edition: cells[0], key: cells[1] });
    }
  }
  return rows;
}

/** The fact table of both key sources, each in its document's order. */
export function extractSetupKeys(keysMarkdown, factsMarkdown) {
  const fromKeysDoc = keyRows(keysMarkdown, SETUP_KEYS_DOC);
  const factsSection = sectionOf(factsMarkdown, '2. ');
  const fromFacts = keyRows(factsSection, FACTS_KEYS_SECTION);
  expectThat(fromKeysDoc.length > 0, `${SETUP_KEYS_DOC}: no key table found`);
  expectThat(fromFacts.length > 0, `${FACTS_KEYS_SECTION}: no key table found`);

  const tableKeys = new Set(fromFacts.map((r) => r.key));
  const thirdParty = [...new Set(factsSection.match(KEY) ?? [])].filter((k) => !tableKeys.has(k));
  return {
    keys: [...fromKeysDoc, ...fromFacts],
    // Named in facts.md §2 only to warn that no Microsoft source lists them.
    notMicrosoftKeys: thirdParty.map((key) => ({ source: FACTS_KEYS_SECTION, key })),
  };
}
