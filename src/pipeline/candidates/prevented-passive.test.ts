/**
 * What a Dutch or German passive says was prevented ("verhindert werden", "werd voorkomen") did
 * not take place, nor did what authorities only feared ("vreesden … voor een explosie") or what
 * would follow in case of it ("Bei einer Explosion hätten …"); what could have been prevented, or
 * was not, did.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string): string[] =>
  kindsAndTitles(lang, text, '2023-02-07').map((c) => c.kind);

describe('an explosion prevented, feared or put as a case is no explosion', () => {
  it.each<[string, string]>([
    [
      'de',
      'So sollte eine unkontrollierte Explosion verhindert werden, vor der die Behörden seit dem Wochenende gewarnt hatten.',
    ],
    [
      'nl',
      'Omdat de temperatuur in een van de wagons bleef stijgen, vreesden de autoriteiten voor een explosie.',
    ],
    ['nl', 'Maandag werd een explosie voorkomen.'],
    ['de', 'Die Behörden befürchteten eine Explosion.'],
    [
      'de',
      'Bei einer Explosion hätten Trümmerteile und giftige Gase weit in die Umgebung geschleudert werden können, sagte Gouverneur Mike DeWine.',
    ],
    ['nl', 'Bij een explosie zouden giftige gassen vrijkomen.'],
  ])('%s: “%s” reports no explosion', (lang, text) => {
    expect(kinds(lang, text)).not.toContain('explosion');
  });

  it.each<[string, string]>([
    ['de', 'Am Montag erschütterte eine Explosion die Stadt, die nicht verhindert werden konnte.'],
    ['de', 'Am Montag hätte die Explosion verhindert werden können.'],
    ['en', 'On Monday an explosion rocked the plant.'],
  ])('%s: “%s” still reports the explosion', (lang, text) => {
    expect(kinds(lang, text)).toContain('explosion');
  });
});
