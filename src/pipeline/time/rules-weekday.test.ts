import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('weekday rules, published Saturday 8 January 2022', () => {
  it.each([
    [
      'en',
      'Kazakh President Kassym-Jomart Tokayev said in a televised address Friday morning that he has ordered the military to fire.',
      'Friday morning',
      '2022-01-07TMO',
    ],
    [
      'en',
      'State television reported on Saturday night that security forces were continuing to crack down.',
      'Saturday night',
      '2022-01-08TNI',
    ],
    ['en', 'The protests started this past Sunday.', 'this past Sunday', '2022-01-02'],
    ['en', 'Talks will be held next Monday.', 'next Monday', '2022-01-10'],
    ['en', 'The group would be ready to leave as soon as Tuesday.', 'Tuesday', '2022-01-11'],
    // "As early as" points forward only where the verb does not look back.
    ['en', 'As early as Tuesday, officials had warned of unrest.', 'Tuesday', '2022-01-04'],
    ['de', 'Die Hilfen sollen bereits am Montag ausgezahlt werden.', 'Montag', '2022-01-10'],
    ['de', 'Bereits am Freitag hatte der Wetterdienst vor Orkanböen gewarnt.', 'Freitag', '2022-01-07'],
    // A separable verb's simple past looks back however "bereits" leans forward.
    ['de', 'Der Verkehrsminister trat bereits am Mittwoch zurück.', 'Mittwoch', '2022-01-05'],
    ['de', 'Der Verkehrsminister tritt bereits am Mittwoch zurück.', 'Mittwoch', '2022-01-12'],
    [
      'nl',
      'President Tokajev zei in een officiële verklaring vrijdag dat de orde grotendeels is hersteld.',
      'vrijdag',
      '2022-01-07',
    ],
    ['nl', 'Op zaterdagavond werd in Almaty nog geschoten.', 'zaterdagavond', '2022-01-08TEV'],
    ['nl', 'De regering komt komende maandag bijeen.', 'komende maandag', '2022-01-10'],
    // The last day of a measure in force is the nearer such day; one that ended lies behind.
    ['nl', 'De avondklok duurt nog tot en met dinsdag.', 'dinsdag', '2022-01-11'],
    ['en', 'The curfew lasted until Tuesday.', 'Tuesday', '2022-01-04'],
    ['de', 'Am Donnerstag kamen 2500 russische Soldaten an.', 'Donnerstag', '2022-01-06'],
    ['de', 'Die Regierung tritt am kommenden Montag zusammen.', 'kommenden Montag', '2022-01-10'],
    // Yesterday is "gestern" or "am Freitag": "vergangenen Freitag" is the week before.
    [
      'de',
      'Anlass ist der Sturm auf das Kapitol am vergangenen Freitag.',
      'vergangenen Freitag',
      '2021-12-31',
    ],
    [
      'de',
      'Die Ministerin war am vergangenen Donnerstag zurückgetreten.',
      'vergangenen Donnerstag',
      '2022-01-06',
    ],
    ['de', 'In der Nacht zum Samstag fielen Schüsse.', 'der Nacht zum Samstag', '2022-01-07TNI'],
    ['en', 'Shots were fired in the night into Saturday.', 'the night into Saturday', '2022-01-07TNI'],
    [
      'en',
      'According to the Ministry of the Interior, 719 people were arrested in the night to Saturday.',
      'the night to Saturday',
      '2022-01-07TNI',
    ],
    // A deadline announced in the past lies ahead; without such a verb "until" looks back.
    ['de', 'Er kündigte an, bis Montag einen Nachfolger zu benennen.', 'Montag', '2022-01-10'],
    ['en', 'The junta gave the ambassador until Tuesday to leave.', 'Tuesday', '2022-01-11'],
    ['nl', 'De regering beloofde tot maandag geen besluit te nemen.', 'maandag', '2022-01-10'],
    ['en', 'The curfew lasted until Tuesday.', 'Tuesday', '2022-01-04'],
    // Flights called off up to a day are the ones still to depart.
    ['en', 'Jet2 cancelled flights and holidays due to depart through Tuesday.', 'Tuesday', '2022-01-11'],
    ['en', 'Tui said it had cancelled all departures up to and including Friday.', 'Friday', '2022-01-14'],
    [
      'de',
      'Alle Flüge nach Rhodos seien bis einschließlich Dienstag abgesagt worden.',
      'Dienstag',
      '2022-01-11',
    ],
    ['nl', 'Corendon heeft alle vluchten tot en met woensdag geannuleerd.', 'woensdag', '2022-01-12'],
    ['en', 'By Tuesday, 200 flights had been cancelled.', 'Tuesday', '2022-01-04'],
    // A condition set on what is to be done by a day: that day is the deadline, after the warning.
    [
      'en',
      'The company warned that banks could terminate loans worth about 2 billion euros if the accounts were not published by Friday.',
      'Friday',
      '2022-01-14',
    ],
    [
      'nl',
      'Het bedrijf waarschuwde dat banken leningen kunnen opzeggen indien de jaarrekening niet voor vrijdag verschijnt.',
      'vrijdag',
      '2022-01-14',
    ],
    [
      'de',
      'Das Unternehmen warnte, Banken könnten Kredite kündigen, falls der Bericht nicht bis Freitag vorliegt.',
      'Freitag',
      '2022-01-14',
    ],
    ['en', 'If anything, most of the damage had been repaired by Friday.', 'Friday', '2022-01-07'],
    ['de', 'Er kündigte am Montag seinen Rücktritt an.', 'Montag', '2022-01-03'],
  ])('[%s] “%s” reads “%s” as %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-08' });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});

describe('a night named by the day of a report stamped that morning (Saturday 8 January 2022, 08:02)', () => {
  it.each([
    [
      'en',
      'State television reported on Saturday night that security forces were continuing to crack down on demonstrators in several cities in the country.',
      'Saturday night',
      '2022-01-07TNI',
    ],
    [
      'en',
      'Employees who are not responsible for emergencies are allowed to leave the country, it said in a statement on Saturday night.',
      'Saturday night',
      '2022-01-07TNI',
    ],
    ['de', 'In der Samstagnacht fielen in Almaty Schüsse.', 'Samstagnacht', '2022-01-07TNI'],
    ['nl', 'Zaterdagnacht werd in Almaty geschoten.', 'Zaterdagnacht', '2022-01-07TNI'],
    // Another day's night, or a night still ahead, is read as before.
    ['en', 'Shots were heard on Friday night.', 'Friday night', '2022-01-07TNI'],
    ['en', 'The curfew will be lifted on Saturday night.', 'Saturday night', '2022-01-08TNI'],
    // Its evening is no night: the day is kept.
    ['nl', 'Op zaterdagavond werd in Almaty nog geschoten.', 'zaterdagavond', '2022-01-08TEV'],
  ])('[%s] “%s” reads “%s” as %s', (lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-08', morning: true });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});

describe('a weekday with “the” is a day the story runs through, in a recap of Wednesday 1 May 2019', () => {
  const sentence =
    'For most of the first week the official figure had been far higher: it rose from 207 on the evening of the bombings to 290 on the Monday and 359 by the Wednesday, before officials conceded on April 25 that many remains had been counted twice.';
  it.each<[string, string | undefined, string, string]>([
    [
      '“on the Monday” after a story at Sunday 21 April is the Monday after it',
      '2019-04-21',
      'Monday',
      '2019-04-22',
    ],
    [
      '“by the Wednesday” after that Monday is the Wednesday of that week',
      '2019-04-21',
      'Wednesday',
      '2019-04-24',
    ],
    [
      'with no day of the story before it, “on the Monday” is the Monday before the report',
      undefined,
      'Monday',
      '2019-04-29',
    ],
  ])('%s', (_name, anchor, expression, value) => {
    const found = extractTimexes(sentence, { lang: 'en', dct: '2019-05-01', ...(anchor ? { anchor } : {}) });
    expect(found.find((t) => t.text === expression)?.value).toBe(value);
  });
});
