import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../time/extract.ts';
import { labelDay } from './timeline-entry.ts';

/** The label day of `text`, its time expressions read as the time stage reads them. */
const dayOf = (lang: string, text: string, dct: string) =>
  labelDay(text, extractTimexes(text, { lang, dct }));

describe('the day a timeline entry opens with', () => {
  it.each<[string, string, string, string, string | undefined]>([
    [
      'an agency timeline labels its entry "Jan. 8 -"',
      'en',
      'Jan. 8 - Former intelligence chief Karim Massimov is detained on suspicion of treason.',
      '2022-01-10',
      '2022-01-08',
    ],
    [
      'a weekday may stand before the day',
      'en',
      'Tuesday, June 27: Prigozhin arrives in Belarus, Lukashenko says.',
      '2023-06-28',
      '2023-06-27',
    ],
    [
      'a German Chronik labels it "8. Januar:"',
      'de',
      '8. Januar: Der frühere Geheimdienstchef Karim Massimow wird festgenommen.',
      '2022-01-11',
      '2022-01-08',
    ],
    [
      'a Dutch tijdlijn sets the day in bold before a dash',
      'nl',
      '**6 januari** – Russische militairen landen in Kazachstan.',
      '2022-01-11',
      '2022-01-06',
    ],
    [
      'a day after publication is a label too (what it tells is then a plan)',
      'en',
      'Saturday, July 1: Parliament is to debate the mutiny.',
      '2023-06-28',
      '2023-07-01',
    ],
    [
      'a sentence that opens with "Am" and its day is no label',
      'de',
      'Am 8. Januar wurde der frühere Geheimdienstchef Karim Massimow festgenommen.',
      '2022-01-11',
      undefined,
    ],
    [
      'a day followed by a comma is no label',
      'en',
      'On Jan. 6, security forces killed dozens of protesters in Almaty.',
      '2022-01-11',
      undefined,
    ],
    [
      'a day inside the sentence is no label',
      'en',
      'Protests spread to Almaty on Jan. 4 - the country’s largest city.',
      '2022-01-10',
      undefined,
    ],
  ])('%s', (_name, lang, text, dct, day) => {
    expect(dayOf(lang, text, dct)).toBe(day);
  });
});
