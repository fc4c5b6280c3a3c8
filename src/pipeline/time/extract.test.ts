import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

/** Publication date of the seed articles: Saturday 8 January 2022. */
const DCT = '2022-01-08';

interface Case {
  lang: string;
  sentence: string;
  text: string;
  value: string;
  start: string;
  end: string;
  precision: string;
}

const day = (lang: string, sentence: string, text: string, value: string, precision = 'day'): Case => ({
  lang,
  sentence,
  text,
  value,
  start: value.slice(0, 10),
  end: value.slice(0, 10),
  precision,
});

const cases: Case[] = [
  // English, from the seed articles.
  day(
    'en',
    'US Secretary of State Antony Blinken also said at a news conference on Friday that the United States “wants to learn more”.',
    'Friday',
    '2022-01-07',
  ),
  day('en', '2,500 of whom arrived in the country on Thursday.', 'Thursday', '2022-01-06'),
  day(
    'en',
    'On Saturday, Kazakh authorities arrested the former head of the security service.',
    'Saturday',
    '2022-01-08',
  ),
  day(
    'en',
    'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
    'Friday morning',
    '2022-01-07TMO',
    'part-of-day',
  ),
  day(
    'en',
    'Employees who are not responsible for emergencies are allowed to leave the country, it said in a statement on Saturday night.',
    'Saturday night',
    '2022-01-08TNI',
    'part-of-day',
  ),
  day(
    'en',
    '26 protesters and 18 police and military personnel have been killed since the protests started last Sunday.',
    'last Sunday',
    '2022-01-02',
  ),
  {
    lang: 'en',
    sentence:
      'Last year, Germany issued twenty-five export licenses for weapons worth €2.2 million in total.',
    text: 'Last year',
    value: '2021',
    start: '2021-01-01',
    end: '2021-12-31',
    precision: 'year',
  },
  {
    lang: 'en',
    sentence: 'Earlier this week, he was replaced by President Kassym-Jomart Tokayev.',
    text: 'Earlier this week',
    value: '2022-W01',
    start: '2022-01-03',
    end: '2022-01-08',
    precision: 'week',
  },
  {
    lang: 'en',
    sentence:
      'According to state television, security forces cracked down on demonstrators in several cities during the night from Friday to Saturday.',
    text: 'the night from Friday to Saturday',
    value: '2022-01-07TNI',
    start: '2022-01-07',
    end: '2022-01-08',
    precision: 'part-of-day',
  },
  {
    lang: 'en',
    sentence: 'Since the turn of the year, some 20,000 people have taken to the streets of Almaty.',
    text: 'Since the turn of the year',
    value: '2022-01-01',
    start: '2022-01-01',
    end: '2022-01-08',
    precision: 'day',
  },
  day('en', 'Germany halted arms exports on 8 January 2022.', '8 January 2022', '2022-01-08'),
  {
    lang: 'en',
    sentence: 'The unrest of January 2022 was the worst in decades.',
    text: 'January 2022',
    value: '2022-01',
    start: '2022-01-01',
    end: '2022-01-31',
    precision: 'month',
  },
  // Dutch, from the seed article.
  day(
    'nl',
    'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken zei vrijdag tijdens een persconferentie ook dat de Verenigde Staten „meer te weten willen komen”.',
    'vrijdag',
    '2022-01-07',
  ),
  day(
    'nl',
    'Volgens het ministerie van Binnenlandse Zaken zijn er sinds de protesten afgelopen zondag begonnen 26 betogers omgekomen.',
    'afgelopen zondag',
    '2022-01-02',
  ),
  day(
    'nl',
    'Tot vrijdagochtend werden naar schatting van de regering meer dan drieduizend mensen gearresteerd.',
    'vrijdagochtend',
    '2022-01-07TMO',
    'part-of-day',
  ),
  day(
    'nl',
    'Zaterdag hebben de Kazachstaanse autoriteiten het voormalige hoofd van de veiligheidsdienst opgepakt.',
    'Zaterdag',
    '2022-01-08',
  ),
  {
    lang: 'nl',
    sentence: 'Vorig jaar gaf Duitsland nog vijfentwintig exportlicenties af voor wapens.',
    text: 'Vorig jaar',
    value: '2021',
    start: '2021-01-01',
    end: '2021-12-31',
    precision: 'year',
  },
  {
    lang: 'nl',
    sentence: 'Eerder deze week werd hij door president Kassym-Jomart Tokajev al vervangen.',
    text: 'Eerder deze week',
    value: '2022-W01',
    start: '2022-01-03',
    end: '2022-01-08',
    precision: 'week',
  },
  {
    lang: 'nl',
    sentence: 'Zo’n twintigduizend mensen zijn sinds de jaarwisseling de straat op gegaan in Almaty.',
    text: 'sinds de jaarwisseling',
    value: '2022-01-01',
    start: '2022-01-01',
    end: '2022-01-08',
    precision: 'day',
  },
  {
    lang: 'nl',
    sentence: 'Veiligheidstroepen traden op in de nacht van vrijdag op zaterdag.',
    text: 'de nacht van vrijdag op zaterdag',
    value: '2022-01-07TNI',
    start: '2022-01-07',
    end: '2022-01-08',
    precision: 'part-of-day',
  },
  day('nl', 'Duitsland stopte de export op 8 januari.', '8 januari', '2022-01-08'),
  // German, written for these tests.
  day(
    'de',
    'Die Proteste begannen vergangenen Sonntag in der Stadt Schangaösen.',
    'vergangenen Sonntag',
    '2022-01-02',
  ),
  day('de', 'Am Freitag sagte der Präsident, die Ordnung sei wiederhergestellt.', 'Freitag', '2022-01-07'),
  day(
    'de',
    'Der Präsident hielt am Freitagabend eine Fernsehansprache.',
    'Freitagabend',
    '2022-01-07TEV',
    'part-of-day',
  ),
  {
    lang: 'de',
    sentence: 'Letztes Jahr wurden 25 Genehmigungen für Rüstungsexporte erteilt.',
    text: 'Letztes Jahr',
    value: '2021',
    start: '2021-01-01',
    end: '2021-12-31',
    precision: 'year',
  },
  {
    lang: 'de',
    sentence: 'Massimow war Anfang der Woche als Geheimdienstchef entlassen worden.',
    text: 'Anfang der Woche',
    value: '2022-W01',
    start: '2022-01-03',
    end: '2022-01-08',
    precision: 'week',
  },
  {
    lang: 'de',
    sentence: 'Massimow wurde diese Woche entlassen.',
    text: 'diese Woche',
    value: '2022-W01',
    start: '2022-01-03',
    end: '2022-01-08',
    precision: 'week',
  },
  {
    lang: 'de',
    sentence: 'Sicherheitskräfte gingen in der Nacht von Freitag auf Samstag gegen Demonstranten vor.',
    text: 'der Nacht von Freitag auf Samstag',
    value: '2022-01-07TNI',
    start: '2022-01-07',
    end: '2022-01-08',
    precision: 'part-of-day',
  },
  {
    lang: 'de',
    sentence: 'Seit dem Jahreswechsel gehen Tausende auf die Straße.',
    text: 'Seit dem Jahreswechsel',
    value: '2022-01-01',
    start: '2022-01-01',
    end: '2022-01-08',
    precision: 'day',
  },
  day('de', 'Die Regierung verhängte am 8. Januar 2022 eine Ausgangssperre.', '8. Januar 2022', '2022-01-08'),
  {
    lang: 'en',
    sentence: 'The curfew was extended until 5 p.m. EST, Jan. 10.',
    text: '5 p.m. EST, Jan. 10',
    value: '2022-01-10T17:00',
    start: '2022-01-10T17:00',
    end: '2022-01-10T17:00',
    precision: 'time',
  },
];

describe('extractTimexes resolves against a Saturday, 8 January 2022 publication', () => {
  it.each(cases)(
    '[$lang] “$sentence” dates “$text” as $value',
    ({ lang, sentence, text, value, start, end, precision }) => {
      const found = extractTimexes(sentence, { lang, dct: DCT });
      const timex = found.find((t) => t.text === text);
      expect(timex, `found ${found.map((t) => t.text).join(', ')}`).toBeDefined();
      expect(timex).toMatchObject({ value, interval: { start, end }, precision });
      expect(sentence.slice(timex?.start, timex?.end)).toBe(text);
    },
  );
});
