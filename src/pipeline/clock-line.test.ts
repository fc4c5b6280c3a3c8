import { describe, expect, it } from 'vitest';
import { isClockLine, isEntryHeadLine, isTickerHeadline } from './clock-line.ts';

describe('a line that is only a clock heads a live-blog entry', () => {
  it.each<[string, boolean]>([
    ['8.50am GMT', true],
    ['00.35', true],
    ['21.20 Uhr', true],
    ['Update 14:32', true],
    ['21.20 Uhr: Am Stade de France ist eine Explosion zu hören.', false],
    ['Zaterdag 14 november', false],
    ['2015', false],
  ])('“%s” is a clock line: %s', (line, expected) => {
    expect(isClockLine(line)).toBe(expected);
  });
});

describe('a ticker’s headline between “+++” marks heads its entry', () => {
  it.each<[string, boolean]>([
    ['+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++', true],
    ['+++ 11:05 Erste russische Fallschirmjäger in Kasachstan gelandet +++', true],
    ['+++ Tokajew erteilt Schießbefehl +++', false],
    ['21.20 Uhr: Am Stade de France ist eine Explosion zu hören.', false],
    ['11.10 uur | De eerste Russische parachutisten zijn in Kazachstan geland.', false],
  ])('“%s” is a ticker headline: %s', (line, expected) => {
    expect(isTickerHeadline(line)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++', true],
    ['02.10', true],
    ['Der kasachische Präsident Tokajew erlaubt den Sicherheitskräften, ohne Vorwarnung zu schießen.', false],
  ])('“%s” heads an entry: %s', (line, expected) => {
    expect(isEntryHeadLine(line)).toBe(expected);
  });
});
