import { describe, expect, it } from 'vitest';
import { isComparisonBaseline } from './comparison-baseline.ts';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';

const DCT = '2024-01-03';

function baseline(lang: Lang, sentence: string, text: string): boolean {
  const t = extractTimexes(sentence, { lang, dct: DCT, dctPrecision: 'day' }).find((x) => x.text === text);
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  return isComparisonBaseline(lang, sentence, t, DCT);
}

describe('a year a sentence compares with dates nothing it reports', () => {
  it.each<[string, Lang, string, string, boolean]>([
    [
      'a mayor saying "not since 1953" is not quoted in 1953',
      'nl',
      '"We hebben zoiets sinds 1953 niet meer meegemaakt," zei burgemeester Gerard Beukema.',
      '1953',
      true,
    ],
    [
      'the worst storm since 1990 blows now, not in 1990',
      'en',
      'It was the worst storm to hit the coast since 1990, forecasters said.',
      '1990',
      true,
    ],
    [
      "a union striking 'zum ersten Mal seit 2014' strikes now",
      'de',
      'Die Bergleute streikten zum ersten Mal seit 2014.',
      '2014',
      true,
    ],
    [
      "martial law declared 'voor het eerst sinds 1980' is declared now",
      'nl',
      'Het is voor het eerst sinds 1980 dat in Zuid-Korea de staat van beleg is afgekondigd.',
      '1980',
      true,
    ],
    [
      "martial law declared 'erstmals seit 1980' is declared now",
      'de',
      'In Südkorea wurde erstmals seit 1980 das Kriegsrecht verhängt.',
      '1980',
      true,
    ],
    [
      "'for the first time since 1980' compares",
      'en',
      'Martial law was declared in South Korea for the first time since 1980.',
      '1980',
      true,
    ],
    [
      "'hasn't happened since March 2019' compares too",
      'en',
      "Such a breach hasn't happened since March 2019.",
      'March 2019',
      true,
    ],
    [
      "the largest bank failure 'since the 2008 financial crisis' fails now",
      'en',
      'It was the largest U.S. bank failure since the 2008 financial crisis.',
      '2008',
      true,
    ],
    [
      'someone held since 2019 was arrested in 2019: the year stays',
      'en',
      'The journalist has been in custody since 2019.',
      '2019',
      false,
    ],
    [
      "'seit 2020' without a comparing word keeps its year",
      'de',
      'Die Stadt ist seit 2020 Mitglied des Verbunds.',
      '2020',
      false,
    ],
    [
      'a turnout "slightly lower than in 2021" is the turnout of now',
      'en',
      'Turnout was 77.7%, slightly lower than in 2021.',
      '2021',
      true,
    ],
    [
      'een opkomst "hoger dan in 2021" is die van nu',
      'nl',
      'De opkomst was met 78 procent iets hoger dan in 2021.',
      '2021',
      true,
    ],
    [
      'eine Beteiligung "niedriger als im Jahr 2021" ist die von jetzt',
      'de',
      'Die Wahlbeteiligung war mit 77,7 Prozent etwas niedriger als im Jahr 2021.',
      'im Jahr 2021',
      true,
    ],
    [
      "'als 2021 die Flut kam' tells when, no comparison",
      'de',
      'Als 2021 die Flut kam, war die Stadt nicht vorbereitet.',
      '2021',
      false,
    ],
    [
      "'in 1953' is no baseline even in a sentence with 'worst'",
      'en',
      'The worst flood struck the Netherlands in 1953.',
      '1953',
      false,
    ],
  ])('%s', (_name, lang, sentence, text, expected) => {
    expect(baseline(lang, sentence, text)).toBe(expected);
  });
});

describe('a month of the same year a sentence compares with dates nothing it reports', () => {
  const APRIL = '2010-04-15';
  const monthBaseline = (lang: Lang, sentence: string, text: string): boolean => {
    const t = extractTimexes(sentence, { lang, dct: APRIL, dctPrecision: 'day' }).find(
      (x) => x.text === text,
    );
    if (!t) throw new Error(`no “${text}” in "${sentence}"`);
    return isComparisonBaseline(lang, sentence, t, APRIL);
  };
  it.each<[string, Lang, string, string, boolean]>([
    [
      'a geophysicist comparing with "the one in March" speaks now, not in March',
      'en',
      'Magnus Tumi Gudmundsson, a geophysicist at the University of Iceland, said the new eruption was 10 to 20 times more powerful than the one in March and could go on for days or even weeks.',
      'March',
      true,
    ],
    [
      'een uitbarsting "veel krachtiger dan die in maart" is die van nu',
      'nl',
      'De nieuwe uitbarsting is veel krachtiger dan die in maart, zeggen geologen.',
      'maart',
      true,
    ],
    [
      'ein Ausbruch "stärker als der im März" ist der von jetzt',
      'de',
      'Der neue Ausbruch ist zehnmal stärker als der im März, sagte der Geophysiker.',
      'März',
      true,
    ],
    [
      'an eruption that began in March this year keeps its month',
      'en',
      'A smaller fissure eruption at the nearby pass began in March.',
      'March',
      false,
    ],
  ])('%s', (_name, lang, sentence, text, expected) => {
    expect(monthBaseline(lang, sentence, text)).toBe(expected);
  });
});
