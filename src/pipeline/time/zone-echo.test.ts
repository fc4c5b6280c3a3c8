/**
 * The time of the shooting of Shinzo Abe (8 July 2022) as a Dutch report tells it, in Japan's zone
 * and then in brackets in the reader's: one moment, the first.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

const DCT = '2022-07-09';

describe('a clock time told again in the reader’s zone', () => {
  it.each([
    [
      'nl',
      'Abe werd gisterochtend rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd) neergeschoten.',
      'T11:30',
    ],
    ['de', 'Um 17.03 Uhr Ortszeit (10.03 Uhr MESZ) erklärten die Ärzte ihn für tot.', 'T17:03'],
  ])('[%s] “%s” is at %s only', (lang, text, clock) => {
    const clocks = extractTimexes(text, { lang, dct: DCT }).filter((t) => /T\d/.test(t.value));
    expect(clocks.map((t) => t.value.slice(10))).toEqual([clock]);
  });

  it('two clock times of their own in brackets are both kept', () => {
    const text = 'De eerste schoten vielen om 11.30 uur, de tweede (om 11.31 uur) kort daarna, op vrijdag.';
    expect(extractTimexes(text, { lang: 'nl', dct: DCT }).filter((t) => /T\d/.test(t.value))).toHaveLength(2);
  });
});

describe('a clock time told only in the reader’s zone', () => {
  it.each([
    [
      'nl',
      'Vicepresident Pence, die de gezamenlijke zitting van Senaat en Huis van Afgevaardigden voorzat, maakte om 09.41 uur Nederlandse tijd de uitslag bekend: 306 kiesmannen voor Biden, 232 voor Trump.',
    ],
    ['de', 'Pence verkündete das Ergebnis um 9.41 Uhr deutscher Zeit.'],
    ['en', 'Pence announced the result at 09:41 Dutch time.'],
  ])('[%s] “%s” is no clock time of the happening', (lang, text) => {
    expect(extractTimexes(text, { lang, dct: '2021-01-07' }).filter((t) => /T\d/.test(t.value))).toEqual([]);
  });

  it('[en] “at 3:45 a.m. local time” keeps its clock', () => {
    const text = 'Pence announced the result at 3:45 a.m. local time.';
    expect(
      extractTimexes(text, { lang: 'en', dct: '2021-01-07' }).filter((t) => /T\d/.test(t.value)),
    ).toHaveLength(1);
  });
});

describe('a clock time told only in the reader’s zone, of a story whose zone is known', () => {
  it.each([
    [
      'nl',
      'Om 05.11 uur Nederlandse tijd kwam de eerste man boven: de 31-jarige Florencio Ávalos.',
      '2010-10-13',
      '2010-10-13T00:11',
    ],
    [
      'nl',
      'Om 02.55 uur Nederlandse tijd kwam ploegleider Luis Urzúa als laatste boven.',
      '2010-10-14',
      '2010-10-13T21:55',
    ],
    [
      'de',
      'Um 5.11 Uhr deutscher Zeit kam der erste Bergmann an die Oberfläche.',
      '2010-10-13',
      '2010-10-13T00:11',
    ],
    ['en', 'The first miner emerged at 05:11 Dutch time.', '2010-10-13', '2010-10-13T00:11'],
  ])('[%s] “%s” is read in Chile’s clock', (lang, text, dct, value) => {
    const clocks = extractTimexes(text, { lang, dct, localZone: 'America/Santiago' }).filter((t) =>
      /T\d/.test(t.value),
    );
    expect(clocks.map((t) => t.value)).toEqual([value]);
  });

  it('[nl] the echo in brackets is still no time of its own', () => {
    const text =
      'Abe werd gisterochtend rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd) neergeschoten.';
    const clocks = extractTimexes(text, { lang: 'nl', dct: DCT, localZone: 'Asia/Tokyo' }).filter((t) =>
      /T\d/.test(t.value),
    );
    expect(clocks.map((t) => t.value.slice(10))).toEqual(['T11:30']);
  });
});
