import { describe, expect, it } from 'vitest';
import { linesHash } from './id.ts';

describe('linesHash: a short, stable hash of a text', () => {
  it.each([
    ['', '811c9dc5050c'],
    ['a', 'e40c292c71bf'],
    ['ev-doc\nOn Saturday.\narrest', 'f515cb42c756'],
  ])('hashes "%s" to %s', (text, hash) => {
    expect(linesHash([text])).toBe(hash);
  });
});

describe('linesHash: the hash of lines joined by newlines', () => {
  it.each([
    [['a']],
    [['doc', 'On Saturday, Kazakh authorities arrested Karim Massimov.', 'arrest']],
    [['', '', '']],
    [['Zaterdag hebben de autoriteiten – Karim Massimov – opgepakt.', 'ünïcödé ’quotes’']],
  ])('hashes %j as the one line they make joined', (lines) => {
    expect(linesHash(lines)).toBe(linesHash([lines.join('\n')]));
  });
});
