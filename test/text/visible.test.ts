import { describe, expect, it } from 'vitest';
import { visible } from '../../src/text/visible.js';

describe('visible', () => {
  it.each([
    ['\u001B[31mred\u001B[0m', '<ESC>[31mred<ESC>[0m'],
    ['bell\u0007 tab\t nl\n del\u007F', 'bell<BEL> tab<TAB> nl<LF> del<DEL>'],
    ['c1 \u009B31m', 'c1 <U+009B>31m'],
    ['abc\u202Edef', 'abc<U+202E>def'],
    ['zero\u200Bwidth\uFEFF', 'zero<U+200B>width<U+FEFF>'],
    ['lone \uD800 surrogate', 'lone <U+D800> surrogate'],
  ])('%j → %s', (text, shown) => expect(visible(text)).toBe(shown));

  it('leaves ordinary text, accents, CJK and emoji alone', () => {
    for (const text of ['server 2022 datacenter', 'Fehler: Überprüfung', '错误', 'ok 👍', 'e\u0301']) expect(visible(text)).toBe(text);
  });
});
