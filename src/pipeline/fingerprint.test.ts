import { describe, expect, it } from 'vitest';
import { noNewsIn, describeFeatures, fingerprint, nameSkeleton, numberValue } from './fingerprint.ts';

describe('nameSkeleton', () => {
  it.each([
    ['Tokayev', 'Tokajev', 'Tokajew'],
    ['Nazarbayev', 'Nazarbajev', 'Nasarbajew'],
    ['Kazakhstan', 'Kazachstan', 'Kasachstan'],
    ['Nursultan', 'Noersoeltan', 'Nursultan'],
    ['Putin', 'Poetin', 'Putin'],
    // German writes an English "J" as "Dsch".
    ['Jalalabad', 'Djalalabad', 'Dschalalabad'],
    ['Jibril', 'Djibril', 'Dschibril'],
  ])('gives %s, %s and %s the same skeleton', (en, nl, de) => {
    expect(new Set([nameSkeleton(en), nameSkeleton(nl), nameSkeleton(de)]).size).toBe(1);
  });
});

describe('numberValue', () => {
  it.each([
    ['4,000', 4000],
    ['4.000', 4000],
    ['2,2', 2.2],
    ['2.2', 2.2],
    ['20,000', 20000],
    ['26', 26],
  ])('reads %s as %d', (written, value) => {
    expect(numberValue(written)).toBe(value);
  });
});

describe('fingerprint', () => {
  it('gives an English sentence of 000 and its Dutch translation in 004 the same figures and names', () => {
    const en = fingerprint([
      'According to the interior ministry, 26 protesters and 18 police and military personnel have been killed since the protests started last Sunday, President Tokayev said.',
    ]);
    const nl = fingerprint([
      'Volgens het ministerie zijn er sinds de protesten afgelopen zondag begonnen 26 betogers en 18 politieagenten omgekomen, zei President Tokajev.',
    ]);
    expect([...en].filter((f) => nl.has(f)).sort()).toEqual(['n:18', 'n:26', 'w:prsdnt', 'w:tkv']);
  });

  it('leaves out small numbers, years and weekday names', () => {
    expect([...fingerprint(['On Friday, 3 people died in 2022, the Ministry said.'])]).toEqual(['w:mnstr']);
  });
});

describe('ages in a text', () => {
  it.each([
    ['an English “81-year-old”', 'The 81-year-old Nursultan Nazarbayev was not seen.'],
    ['a German “81-Jährige”', 'Der 81-Jährige Nursultan Nasarbajew halte sich in der Hauptstadt auf.'],
    ['a Dutch “81 jaar oud”', 'Nursultan Nazarbajev is 81 jaar oud.'],
  ])('%s is an age', (_name, sentence) => {
    expect([...noNewsIn([sentence])]).toEqual(['n:81']);
  });

  it('a count beside the age is none', () => {
    expect([...noNewsIn(['The 81-year-old said 225 people were killed.'])]).toEqual(['n:81']);
  });
});

describe('days of the month in a text', () => {
  it.each([
    ['a Dutch “dinsdag 29 oktober”', 'Het sms-alarm ging dinsdag 29 oktober pas om 20.11 uur af.'],
    [
      'a German “am 29. Oktober”',
      'Die Warnung erreichte die Handys der Menschen am 29. Oktober erst um 20.11 Uhr.',
    ],
    ['an English “October 29”', 'The alert was sent on October 29, when 217 people were already dead.'],
  ])('%s is a day named, not news a later report first told', (_name, sentence) => {
    expect([...noNewsIn([sentence])]).toEqual(['n:29']);
  });
});

describe('adjectives of nationality in a text', () => {
  const nationalities = new Set(['amerikaanse', 'britse', 'american']);

  it.each([
    [
      'a Dutch “Amerikaanse kustwacht”',
      'De Amerikaanse kustwacht bevestigde dat er geluiden zijn gehoord.',
      ['w:mrkns'],
    ],
    ['a Dutch “Britse miljardair”', 'Aan boord is de Britse miljardair Hamish Harding.', ['w:brts']],
    ['an English “American officials”', 'Searchers and American officials spoke on Tuesday.', ['w:mrkn']],
  ])('%s is no news a later report in that language first told', (_name, sentence, features) => {
    expect([...noNewsIn([sentence], nationalities)]).toEqual(features);
  });

  it('a name beside it stays news', () => {
    expect([...noNewsIn(['De Britse Hamish Harding is aan boord.'], nationalities)]).not.toContain('w:hmsh');
  });
});

describe('describeFeatures', () => {
  it.each<[string[], string]>([
    [['n:57', 'n:40000', 'w:mtstks', 'w:lrs'], 'figures 57, 40000 and 2 names'],
    [['n:40000', 'w:lrs'], 'figures 40000 and 1 name'],
    [['w:lrs', 'a:CSTO'], '2 names'],
  ])('describes %j as "%s"', (features, words) => {
    expect(describeFeatures(features)).toBe(words);
  });
});
