/**
 * An order to investigate is an investigation of its own. Where the one ordered to investigate may
 * stand between the one who orders and the verb ("ordered the interior ministry to investigate",
 * "das Innenministerium angewiesen, … zu untersuchen"), the title names no one.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const RAISI: MentionSpec = ['Ebrahim Raisi', 'actor', 'raisi'];
const MINISTRY: MentionSpec = ['interior ministry', 'actor', 'interior-ministry'];

describe('an investigation ordered', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'President Ebrahim Raisi had ordered the interior ministry on Friday to investigate the case.',
      'Investigation ordered',
      [RAISI, MINISTRY],
    ],
    [
      'en',
      'On Friday President Ebrahim Raisi ordered an investigation into her death.',
      'Ebrahim Raisi orders investigation',
      [RAISI],
    ],
    ['nl', 'De regering gaf vrijdag opdracht de zaak te onderzoeken.', 'Investigation ordered', []],
    [
      'nl',
      'President Ebrahim Raisi gelastte vrijdag een onderzoek naar haar dood.',
      'Raisi orders investigation',
      [RAISI],
    ],
    [
      'de',
      'Präsident Ebrahim Raisi hatte am Freitag das Innenministerium angewiesen, den Fall zu untersuchen.',
      'Investigation ordered',
      [RAISI],
    ],
    [
      'de',
      'Präsident Ebrahim Raisi ordnete am Freitag eine Untersuchung des Todes an.',
      'Raisi orders investigation',
      [RAISI],
    ],
  ])('[%s] “%s” is “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2022-09-19', mentions)).toContainEqual({
      kind: 'investigation',
      title,
    });
  });
});
