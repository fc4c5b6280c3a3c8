import { describe, expect, it } from 'vitest';
import { dateLineDay } from './date-line.ts';

describe('the date line under a headline', () => {
  it.each<[string, string, string | undefined]>([
    ['a British paper’s weekday, day, month, year and time', 'Thu 6 Jan 2022 12.41 GMT', '2022-01-06'],
    ['an American month, day and year', 'January 7, 2022', '2022-01-07'],
    ['an abbreviated month with a time after it', 'Jan. 7, 2022 4:05 PM', '2022-01-07'],
    ['a “Published On” label', 'Published On 11 Jan 2022', '2022-01-11'],
    ['a time before the date, after “Updated”', 'Updated 12:34 PM UTC, January 7, 2022', '2022-01-07'],
    ['a “last updated” line with “at”', 'Last updated on January 8, 2022 at 3:15 pm', '2022-01-08'],
    ['a German “Stand:” with a numeric date and “Uhr”', 'Stand: 05.01.2022 10:21 Uhr', '2022-01-05'],
    ['a German “Aktualisiert am” with the time glued on', 'Aktualisiert am 07.01.2022-12:31', '2022-01-07'],
    ['a German weekday and numeric date', 'Freitag, 07.01.2022', '2022-01-07'],
    ['a German day with a dot and the month’s name', '7. Januar 2022', '2022-01-07'],
    ['a Dutch “Gepubliceerd:” line', 'Gepubliceerd: 6 januari 2022, 14:35', '2022-01-06'],
    ['a Dutch abbreviated weekday and month', 'do 6 jan 2022, 12:41', '2022-01-06'],
    ['a Dutch “Bijgewerkt op … om …” line', 'Bijgewerkt op 6 jan. 2022 om 14:35', '2022-01-06'],
    ['a reading time after a bar', 'Veröffentlicht am 10.01.2022 | Lesedauer: 3 Minuten', '2022-01-10'],
    [
      'a Dutch site’s section before the date, and the last update after it',
      'Buitenland | 23 april 2019 17:12 | Laatst gewijzigd: 23 april 2019 19:40',
      '2019-04-23',
    ],
    ['a German section before a bar and the date', 'Ausland | 25.04.2019, 18:03 Uhr', '2019-04-25'],
    ['an English section before a bar and the date', 'World news | April 22, 2019', '2019-04-22'],
    [
      'a section of topics with no date, which gives none',
      'Sri Lanka | Terrorisme | Islamitische Staat',
      undefined,
    ],
    [
      'a Dutch date and time with its update after a middle dot',
      '21 december 2016, 16:48 · Aangepast 21 december 2016, 18:05',
      '2016-12-21',
    ],
    ['a Dutch “Aangepast” line alone', 'Aangepast 21 december 2016, 18:05', '2016-12-21'],
    ['a Dutch byline glued to a two-digit year and a time', 'Redactie 10-01-22, 14:22', '2022-01-10'],
    ['a Dutch last update with a two-digit year', 'Laatste update: 10-01-22, 16:05', '2022-01-10'],
    ['a name and a numeric date without a time, which may be text', 'Redactie 10-01-22', undefined],
    [
      'a sentence that names a day, which is text',
      'On 6 January 2022 protesters stormed the building.',
      undefined,
    ],
    ['a place before the date, which is a dateline', 'Almaty, 6 January 2022', undefined],
    ['a day that does not exist', '31 February 2022', undefined],
  ])('%s: “%s” gives %s', (_name, line, day) => {
    expect(dateLineDay(line)).toBe(day);
  });
});
