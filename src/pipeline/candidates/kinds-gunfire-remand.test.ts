/**
 * After the Crocus City Hall attack of March 2024: gunmen opening fire are a shooting and setting
 * the hall alight an arson, in en, nl and de; suspects brought before a court or held in custody
 * until a later day are remanded; "erkende", "gezegd" and "gesagt" report a
 * statement.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const told = (lang: string, text: string) => kindsAndTitles(lang, text, '2024-03-22');

describe('the wordings of an armed attack', () => {
  it.each<[string, string, string]>([
    ['en', 'Friday evening gunmen opened fire on concertgoers in the hall.', 'shooting'],
    ['en', 'Friday evening the attackers fired into the crowd in the hall.', 'shooting'],
    ['nl', 'Vrijdagavond openden schutters het vuur op bezoekers van de concertzaal.', 'shooting'],
    ['nl', 'Vrijdagavond hebben schutters in de concertzaal het vuur geopend.', 'shooting'],
    ['de', 'Freitagabend eröffneten Bewaffnete in der Halle das Feuer auf Besucher.', 'shooting'],
    ['de', 'Freitagabend haben Bewaffnete in der Halle das Feuer eröffnet.', 'shooting'],
    ['nl', 'Vrijdagavond hebben de daders brand gesticht in de zaal.', 'arson'],
    ['de', 'Freitagabend haben die Täter in der Halle Brand gelegt.', 'arson'],
  ])('[%s] “%s” reports a %s', (lang, text, kind) => {
    expect(told(lang, text).map((c) => c.kind)).toEqual([kind]);
  });
});

describe('suspects before a court', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Sunday the four suspects were brought before the Basmanny court in Moscow.',
      '4 people remanded in custody',
    ],
    [
      'en',
      'Sunday the court ordered two months of pretrial detention for the men.',
      'Suspect remanded in custody',
    ],
    [
      'nl',
      'Zondag zijn de vier verdachten voorgeleid bij een rechtbank in Moskou.',
      '4 people remanded in custody',
    ],
    ['nl', 'Zondag zijn de vier mannen in voorarrest genomen.', '4 people remanded in custody'],
    [
      'de',
      'Sonntag wurden die vier Verdächtigen dem Haftrichter vorgeführt.',
      '4 people remanded in custody',
    ],
    [
      'en',
      'The station chief of Larissa was taken into custody on Sunday after he was heard by an investigating judge.',
      'Suspect remanded in custody',
    ],
    [
      'nl',
      'Zondag zijn de vier verdachten door de rechter-commissaris in bewaring gesteld.',
      '4 people remanded in custody',
    ],
    [
      'de',
      'Sonntag wurden die vier Verdächtigen dem Ermittlungsrichter vorgeführt.',
      '4 people remanded in custody',
    ],
  ])('[%s] “%s” is a remand titled “%s”', (lang, text, title) => {
    expect(told(lang, text)).toEqual([{ kind: 'arrest', title }]);
  });

  it('a case brought before a court is no remand without a suspect', () => {
    expect(told('en', 'Sunday the case was brought before the Supreme Court.')).toEqual([]);
  });
});

describe('a statement about the attack the article told before', () => {
  const PUTIN: [string, 'actor', string] = ['Putin', 'actor', 'putin'];
  const statementOf = (lang: string, lede: string, said: string, saidDay: string) =>
    extractCandidates(
      article(
        'doc',
        lang,
        [
          { text: lede, times: [day('2024-03-22', lede.split(' ')[0])] },
          { text: said, times: [day(saidDay, said.split(' ')[0])], mentions: [PUTIN] },
        ],
        '2024-03-26',
      ),
    ).filter((c) => c.sentence.index === 1);

  it.each<[string, string, string]>([
    [
      'en',
      'Friday gunmen carried out an attack on a concert hall near Moscow.',
      'Monday Putin said that the attack was carried out by radical Islamists.',
    ],
    [
      'nl',
      'Vrijdag pleegden schutters een aanslag op een concertzaal bij Moskou.',
      'Maandag erkende Putin dat radicale islamisten de aanslag hebben gepleegd.',
    ],
    [
      'de',
      'Freitag verübten Bewaffnete einen Anschlag auf eine Konzerthalle bei Moskau.',
      'Montag sagte Putin, der Anschlag sei von radikalen Islamisten verübt worden.',
    ],
  ])('[%s] “%s” then “%s” is a statement of Monday, no second attack', (lang, lede, said) => {
    expect(statementOf(lang, lede, said, '2024-03-25').map((c) => [c.kind, c.when.value])).toEqual([
      ['statement', '2024-03-25'],
    ]);
  });

  it('an attack the article had not told before is news', () => {
    const lede = 'Monday Putin said that an attack had been foiled in Moscow.';
    const found = extractCandidates(
      article(
        'doc',
        'en',
        [{ text: lede, times: [day('2024-03-25', 'Monday')], mentions: [PUTIN] }],
        '2024-03-26',
      ),
    );
    expect(found.map((c) => c.kind)).toContain('attack');
  });
});

describe('gunfire heard is titled as heard, not as shootings', () => {
  const ALMATY: MentionSpec = ['Almaty', 'place', 'almaty'];
  it.each<[string, string, string]>([
    ['en', 'Sporadic gunfire was heard in Almaty on Friday morning.', 'Gunfire heard in Almaty'],
    ['de', 'In Almaty waren am Freitagmorgen erneut Schüsse zu hören.', 'Gunfire heard in Almaty'],
    ['nl', 'In Almaty waren vrijdagochtend opnieuw schoten te horen.', 'Gunfire heard in Almaty'],
    ['en', 'Gunmen opened fire on Friday morning in Almaty.', 'Shootings in Almaty'],
  ])('[%s] “%s” is titled %j', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-08', [ALMATY]).find((c) => c.kind === 'shooting')?.title).toBe(
      title,
    );
  });
});
