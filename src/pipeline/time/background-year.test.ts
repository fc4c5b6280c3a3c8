import { describe, expect, it } from 'vitest';
import { isBackgroundYear, namesAccounts } from './background-year.ts';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';

function yearIn(lang: Lang, sentence: string): boolean {
  const [year] = extractTimexes(sentence, { lang, dct: '2024-08-02', dctPrecision: 'day' });
  if (!year) throw new Error(`no time expression in "${sentence}"`);
  return isBackgroundYear(lang, sentence, year);
}

describe('a year that tells the history of someone named dates no happening of the sentence', () => {
  it.each<[Lang, string, boolean]>([
    [
      'en',
      'In return, Germany released Vadim Krasikov, who was serving a life sentence for the 2019 murder of a dissident.',
      true,
    ],
    ['en', 'Russia, which has held the peninsula since its 2014 annexation, sent more troops.', true],
    ['en', 'Joe Biden won the 2020 election by seven million votes.', false],
    ['en', 'The reporter, who was arrested in 2023, was freed on Thursday.', false],
    ['nl', 'Duitsland liet Vadim Krasikov vrij, die sinds de moord in 2019 vastzat.', false],
    [
      'de',
      'Es handelt sich um einen 50-jährigen Arzt aus Saudi-Arabien, der seit 2006 in Deutschland lebt.',
      true,
    ],
    ['en', 'The suspect is a 50-year-old doctor who has lived in Germany since 2006.', true],
    ['nl', 'De verdachte is een arts, die sinds 2006 in Duitsland woont.', true],
    ['de', 'Die Partei, die seit 2021 regiert, verlor die Wahl.', false],
    ['en', 'Prices have risen since 2021, the bank said.', false],
  ])('[%s] “%s”: %s', (lang, sentence, background) => {
    expect(yearIn(lang, sentence)).toBe(background);
  });
});

describe('a year that names an agreement dates nothing the sentence reports', () => {
  it.each<[Lang, string, boolean]>([
    [
      'de',
      'Israels Ministerpräsident Benjamin Netanjahu erklärte das Truppenentflechtungsabkommen mit Syrien von 1974 für hinfällig.',
      true,
    ],
    [
      'en',
      'The United Nations and several Arab states criticised the advance as a violation of the agreement from 1974.',
      true,
    ],
    ['en', 'Israel said the 1974 disengagement agreement had collapsed.', true],
    ['nl', 'Netanyahu noemde het akkoord van 1974 zondag vervallen.', true],
    ['en', 'The floods of 2021 killed more than 180 people.', false],
    ['de', 'Die Flut von 2021 hatte mehr als 180 Menschen getötet.', false],
    ['nl', 'Het verdrag werd in 1974 getekend.', false],
  ])('[%s] “%s”: %s', (lang, sentence, named) => {
    expect(yearIn(lang, sentence)).toBe(named);
  });
});

describe('a year that names the accounts of a financial year dates nothing the sentence reports', () => {
  it.each<[Lang, string, boolean]>([
    [
      'en',
      'The company said its auditor EY had refused to sign off its 2019 accounts because it could not find the cash.',
      true,
    ],
    [
      'de',
      'Die Aktie brach ein, nachdem der Wirtschaftsprüfer EY das Testat für die Bilanz 2019 verweigert hatte.',
      true,
    ],
    ['nl', 'De accountant weigerde de jaarrekening over 2019 goed te keuren.', true],
    ['en', 'The company published the annual report for 2019 with a delay.', true],
    ['en', 'The company was founded in 2019 and listed in 2020.', false],
    ['de', 'Die Bilanz wurde 2019 erstmals geprüft.', false],
  ])('[%s] “%s”: %s', (lang, sentence, named) => {
    expect(yearIn(lang, sentence)).toBe(named);
  });
});

describe('a quarter whose figures a sentence tells dates nothing else it reports', () => {
  const quarterIn = (lang: Lang, sentence: string, word: string): boolean => {
    const t = extractTimexes(sentence, { lang, dct: '2024-08-02', dctPrecision: 'day' }).find((x) =>
      x.text.includes(word),
    );
    if (!t) throw new Error(`no "${word}" in "${sentence}"`);
    return namesAccounts(sentence, t);
  };
  it.each<[Lang, string, string, boolean]>([
    [
      'en',
      'Intel will cut about 15,000 jobs, the chipmaker said on Thursday as it reported a loss for the second quarter.',
      'second quarter',
      true,
    ],
    ['de', 'Der Konzern meldete einen Verlust im zweiten Quartal.', 'zweiten Quartal', true],
    [
      'nl',
      'Het concern boekte een winst over het tweede kwartaal van 2 miljard euro.',
      'tweede kwartaal',
      true,
    ],
    ['en', 'The plant will close in the fourth quarter.', 'fourth quarter', false],
  ])('[%s] “%s”: “%s” %s', (lang, sentence, word, named) => {
    expect(quarterIn(lang, sentence, word)).toBe(named);
  });
});
