// The footer names the keys that turn the page from where the technician is: forward on the
// first page, back on the last (→ there did nothing), both in between; PgUp/PgDn in a field.

import { describe, expect, it } from 'vitest';
import { footerText } from '../../src/wizard/layout/footer.js';

const first = (text: string) => text.split(' · ')[0];

describe('the page keys in the footer', () => {
  it.each([
    [0, 3, '→ page 1/3'],
    [1, 3, '←→ page 2/3'],
    [2, 3, '← page 3/3'],
    [1, 2, '← page 2/2'],
  ])('a question on page %i of %i: %s', (page, pages, expected) => {
    expect(first(footerText({ kind: 'question', view: 'cmd', page, pages }))).toBe(expected);
  });

  it.each([
    [0, 3, 'PgDn page 1/3'],
    [1, 3, 'PgUp/PgDn page 2/3'],
    [2, 3, 'PgUp page 3/3'],
  ])('a field on page %i of %i: %s (← and → move in the typed text)', (page, pages, expected) => {
    expect(first(footerText({ kind: 'input', view: 'cmd', page, pages }))).toBe(expected);
  });

  it('the preview of a script to run turns pages with the arrows', () => {
    expect(first(footerText({ kind: 'input', view: 'cmd', page: 1, pages: 3, preview: true }))).toBe('←→ page 2/3');
    expect(first(footerText({ kind: 'input', view: 'cmd', page: 2, pages: 3, preview: true }))).toBe('← page 3/3');
  });

  it('one page: no page keys', () => {
    expect(footerText({ kind: 'question', view: 'cmd', page: 0, pages: 1 })).not.toMatch(/page/);
  });
});
