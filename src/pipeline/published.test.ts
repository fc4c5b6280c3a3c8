import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import type { LanguageArticle } from './types.ts';

function prepare(id: string, text: string, lang = 'en'): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

const seeds = readdirSync('data/articles')
  .sort()
  .map((file) => prepare(file.replace(/\.txt$/, ''), readFileSync(`data/articles/${file}`, 'utf8')));
const resolved = new Map(resolvePublished(seeds).map((a) => [a.id, a.published]));

describe('resolvePublished on the seeds', () => {
  it.each([
    [
      '000 keeps the day of its header',
      '000_183ef09ec565af15',
      { date: '2022-01-08', precision: 'day', inferred: false },
    ],
    [
      '002 keeps the day of its dateline timestamp',
      '002_1b0c4250e89fe703',
      { date: '2022-01-08', precision: 'day', inferred: false },
    ],
    [
      'the Dutch 004, month-only, gets the day of the English 000 it translates',
      '004_b560f3f6177cdd15',
      { date: '2022-01-08', precision: 'day', inferred: true },
    ],
    [
      'the undated 001 gets the day of 000, which it also translates',
      '001_7e221e09577bca07',
      { date: '2022-01-08', precision: 'day', inferred: true },
    ],
    [
      'the undated 003 gets the day of a document reporting the same events',
      '003_de2a286cd65b8dea',
      { date: '2022-01-08', precision: 'day', inferred: true },
    ],
  ])('%s', (_name, id, expected) => {
    expect(resolved.get(id)).toMatchObject(expected);
  });

  it('says which document the Dutch 004 took its day from and why', () => {
    expect(resolved.get('004_b560f3f6177cdd15')?.reason).toMatch(
      /only the month \(2022-01\); the day is taken from 000_183ef09ec565af15 \(2022-01-08\), which tells the same story .*figures .*26.*18/,
    );
  });
});

const ENGLISH =
  ' date 2022-01-08 According to the interior ministry, 26 protesters and 18 police officers were killed in Almaty since last Sunday. President Tokayev spoke with Vladimir Putin on Saturday. More than 4,000 people were arrested, said Nursultan Nazarbayev’s successor.';
const GERMAN =
  'Laut Innenministerium wurden in Almaty seit vergangenem Sonntag 26 Demonstranten und 18 Polizisten getötet. Präsident Tokajew sprach am Samstag mit Wladimir Putin. Mehr als 4.000 Menschen wurden festgenommen, sagte der Nachfolger von Nursultan Nasarbajew.';
const UNRELATED =
  ' date 2022-03-14 The city council of Rotterdam approved 312 new homes on Monday, alderman Jansen said. Construction starts in 2023.';

describe('resolvePublished without enough evidence', () => {
  it('gives an undated German report the day of the English report with the same figures and names', () => {
    const [, de] = resolvePublished([prepare('en', ENGLISH), prepare('de', GERMAN, 'de')]);
    expect(de?.published).toMatchObject({ date: '2022-01-08', precision: 'day', inferred: true });
  });

  it('keeps month precision for a month-only article no other document tells, and says so', () => {
    const text =
      ' date 2022-01 In Almaty wurden 26 Demonstranten getötet, sagte Präsident Tokajew am Freitag.';
    const [alone] = resolvePublished([prepare('alone', text, 'de'), prepare('other', UNRELATED)]);
    expect(alone?.published).toEqual({
      date: '2022-01-01',
      precision: 'month',
      inferred: false,
      reason: expect.stringContaining('no other document tells the same story') as string,
    });
  });

  it('refuses the day of a same-story document when the text names another weekday as today', () => {
    const text = `${GERMAN} Heute, Freitag, will die Regierung informieren.`;
    const [, de] = resolvePublished([prepare('en', ENGLISH), prepare('de', ` date 2022-01 ${text}`, 'de')]);
    expect(de?.published).toMatchObject({ date: '2022-01-01', precision: 'month', inferred: false });
    expect(de?.published.reason).toContain('the text calls Friday today but 2022-01-08 is a Saturday');
  });

  it('refuses the day of a same-story document when the text reports a later day as past', () => {
    const text = `${GERMAN} Am 10. Januar trat die Regierung zurück.`;
    const [, de] = resolvePublished([prepare('en', ENGLISH), prepare('de', ` date 2022-01 ${text}`, 'de')]);
    expect(de?.published).toMatchObject({ date: '2022-01-01', precision: 'month' });
    expect(de?.published.reason).toContain('the text reports 2022-01-10 as past, after 2022-01-08');
  });

  it('dates an article with no date and no related document to the latest month its text names', () => {
    const text =
      'Die Proteste begannen im Januar 2022 und dauerten bis Februar 2022 an, sagte die Sprecherin.';
    const [only] = resolvePublished([prepare('only', text, 'de')]);
    expect(only?.published).toMatchObject({ date: '2022-02-01', precision: 'month', inferred: true });
    expect(only?.published.reason).toContain('the month is the latest the text names');
  });

  it('falls back to the median month of the dated documents, and says there was no evidence', () => {
    const [, only] = resolvePublished([
      prepare('other', UNRELATED),
      prepare('only', 'Het was een rustige dag in de stad, zei de woordvoerder.', 'nl'),
    ]);
    expect(only?.published).toMatchObject({ date: '2022-03-01', precision: 'month', inferred: true });
    expect(only?.published.reason).toContain('no evidence in its text');
  });
});

describe('resolvePublished with a wire dateline', () => {
  const wire = (dateline: string) =>
    `Georgia's ruling party declares victory\n\n${dateline} - Georgia's ruling party claimed victory in Saturday's election. Observers said on Sunday that they had seen vote-buying.`;
  const other = prepare(
    'other',
    ' date 2024-09-03 The AfD became the strongest party in Thuringia on Sunday.',
  );

  it.each([
    [
      'a dateline without a year takes the year nearest the documents read with it',
      [prepare('wire', wire('TBILISI, Oct 27 (Reuters)')), other],
      { date: '2024-10-27', precision: 'day', inferred: true },
      /dateline \(TBILISI\) gives 27 October without a year; 2024 puts it nearest the median month/,
    ],
    [
      'a dateline in December read with January documents falls in the year before',
      [
        prepare('wire', wire('KYIV, Dec. 30 (AP)')),
        prepare('other', ' date 2025-01-03 Russian drones hit Kyiv on Thursday.'),
      ],
      { date: '2024-12-30', precision: 'day', inferred: true },
      /2024 puts it nearest/,
    ],
    [
      'a dateline whose day no near year puts within two days of the lede’s weekday takes the nearest year it is that weekday in',
      [
        prepare(
          'launch',
          'SpaceX launches astronauts\n\nCAPE CANAVERAL, Florida, May 30 (Reuters) - A SpaceX rocket lifted off from Florida on Saturday. A first attempt on Wednesday was called off because of thunderstorms.',
        ),
        prepare('other', ' date 2024-03-15 The bank raised rates on Friday.'),
      ],
      { date: '2026-05-30', precision: 'day', inferred: true },
      /2026 puts it nearest/,
    ],
    [
      'a month-only date and a dateline make a day of the document’s own',
      [prepare('wire', ` date 2024-10 ${wire('TBILISI, Oct 27 (Reuters)')}`)],
      { date: '2024-10-27', precision: 'day', inferred: false },
      /only the month \(2024-10\); its dateline \(TBILISI\) gives 27 October/,
    ],
  ])('%s', (_name, articles, expected, reason) => {
    const published = resolvePublished(articles)[0]?.published;
    expect(published).toMatchObject(expected);
    expect(published?.reason).toMatch(reason);
  });
});

describe('resolvePublished for a document that only shares the folder', () => {
  it('takes the latest month its text names, not the month of a document telling another story', () => {
    const quake = prepare(
      'quake',
      ' date 2023-02-08 The earthquake in Turkey killed more than 11,000 people on Monday, officials in Ankara said.',
    );
    const tbilisi = prepare(
      'tbilisi',
      'Protest in Tbilisi\n\nTens of thousands of Georgians rallied in Tbilisi against the law adopted in May 2024. Police in Tbilisi detained 20 people, Georgian Dream said. The opposition, the European Union and the United States condemned the law, unlike Turkey.',
    );
    const published = resolvePublished([quake, tbilisi])[1]?.published;
    expect(published).toMatchObject({ date: '2024-05-01', precision: 'month', inferred: true });
    expect(published?.reason).toMatch(/latest the text names/);
  });
});

describe('resolvePublished from several reports of one day', () => {
  const undated = prepare(
    'undated',
    'Protest in Valencia\n\nAbout 130,000 people took to the streets of Valencia on Saturday against regional president Carlos Mazón. Police spoke of fewer marchers. Outside the Palau de la Generalitat 2 people were detained and 7 officers injured. The mayor of Paiporta, Maribel Albalat, spoke of anger. Prime minister Pedro Sánchez did not comment. Compromís leader Joan Baldoví, Ana Barceló and Enric Morera marched at the front alongside Podemos.',
  );
  const march = prepare(
    'march',
    ' date 2024-11-09 VALENCIA (Reuters) - About 130,000 people marched in Valencia on Saturday against regional leader Carlos Mazón, organisers said. Police put the number at 100,000. The weather was mild.',
  );
  const clashes = prepare(
    'clashes',
    ' date 2024-11-09 VALENCIA (AP) - Police detained 2 people and 7 officers were hurt outside the Palau de la Generalitat on Saturday. Maribel Albalat, the mayor of Paiporta, said the anger was understandable. Pedro Sánchez did not comment.',
  );
  const floods = prepare(
    'floods',
    ' date 2024-10-30 MADRID (AP) - Floods killed 95 people in Spain on Tuesday, Pedro Sánchez said.',
  );

  it('an undated report told in part by each of two reports of Saturday gets that Saturday', () => {
    const published = resolvePublished([undated, march, clashes, floods])[0]?.published;
    expect(published).toMatchObject({ date: '2024-11-09', precision: 'day', inferred: true });
    expect(published?.reason).toMatch(/clashes and march \(2024-11-09\), which together tell the same story/);
  });

  it('one of those reports alone, with under a third of the fingerprint, leaves the month', () => {
    const published = resolvePublished([undated, march, floods])[0]?.published;
    expect(published).toMatchObject({ date: '2024-11-01', precision: 'month', inferred: true });
  });

  it('the same report in German, whose every noun is capitalised, shares as much with the march report', () => {
    const german = prepare(
      'german',
      'Protest in Valencia\n\nValencia – In Valencia sind am Samstag rund 130.000 Menschen gegen Regionalpräsident Carlos Mazón auf die Straße gegangen. Die Polizei sprach von 100.000 Teilnehmern. Vor dem Palau de la Generalitat wurden 2 Menschen festgenommen und 7 Beamte verletzt. Bürgermeisterin Maribel Albalat aus Paiporta sprach von Wut. Ministerpräsident Pedro Sánchez äußerte sich nicht.',
      'de',
    );
    const [english, inGerman] = [undated, german].map(
      (doc) => resolvePublished([doc, march, clashes, floods])[0]?.published.reason,
    );
    const share = (reason?: string) => Number(/(\d+)% of its fingerprint/.exec(reason ?? '')?.[1]);
    expect(share(inGerman)).toBeGreaterThanOrEqual(share(english));
  });
});

describe('an undated report that tells what only a later report tells', () => {
  const MONDAY =
    ' date 2023-03-06 Greek prime minister Kyriakos Mitsotakis apologised on Sunday for the crash near Larissa that killed 57 people. The train carried 350 passengers from Athens to Thessaloniki.';
  const WEDNESDAY =
    ' date 2023-03-08 In Athen protestierten am Mittwoch nach Angaben der Polizei 40.000 Menschen gegen die Regierung von Kyriakos Mitsotakis. Bei dem Unglück bei Larissa waren 57 Menschen gestorben.';
  const UNDATED =
    'Een week na de treinramp bij Larissa is de woede groot. Bij de botsing kwamen 57 mensen om, de trein vervoerde 350 passagiers van Athene naar Thessaloniki. Premier Kyriakos Mitsotakis bood zondag excuses aan. Woensdag gingen volgens de politie 40.000 mensen de straat op.';
  const articles = [
    prepare('monday', MONDAY),
    prepare('wednesday', WEDNESDAY, 'de'),
    prepare('undated', UNDATED, 'nl'),
  ];
  const published = new Map(resolvePublished(articles).map((a) => [a.id, a.published]));

  it('takes the day of the later report, whose figure it cites, and says so', () => {
    expect(published.get('undated')).toMatchObject({ date: '2023-03-08', precision: 'day', inferred: true });
    expect(published.get('undated')?.reason).toMatch(/no earlier report does \(figures 40000 and 1 name\)/);
  });
});

describe('an undated German report beside German and English reports of other days', () => {
  const EARLY_GERMAN =
    ' date 2022-01-05 Nach Angaben des Innenministeriums wurden in der Hauptstadt Nur-Sultan mehr als 200 Menschen festgenommen. Präsident Kassym-Schomart Tokajew verhängte den Ausnahmezustand über Almaty. Das Land erlebt die schwersten Proteste seit Jahren. Der Flughafen ist unter Kontrolle der Armee, der Geheimdienst schweigt.';
  const LATER_ENGLISH =
    ' date 2022-01-08 The KNB said on Saturday that Karim Massimov had been detained on suspicion of treason. Massimov was dismissed by President Kassym-Jomart Tokayev on Wednesday. Almaty airport is back under the control of the security forces.';
  const UNDATED =
    'Massimow festgenommen\n\nDer Geheimdienst KNB teilte am Samstag mit, der frühere Geheimdienstchef Karim Massimow sei wegen Hochverrats festgenommen worden. Präsident Kassym-Schomart Tokajew hatte ihn am Mittwoch entlassen. Nach Angaben des Innenministeriums sind in der Hauptstadt Nur-Sultan und im ganzen Land Menschen festgenommen worden. Der Flughafen von Almaty ist wieder unter Kontrolle.';
  const articles = [
    prepare('early', EARLY_GERMAN, 'de'),
    prepare('later', LATER_ENGLISH),
    prepare('undated', UNDATED, 'de'),
  ];
  const published = new Map(resolvePublished(articles).map((a) => [a.id, a.published]));

  it('takes the English report’s day: the nouns it shares with the German one ("Angaben", "Hauptstadt") are no names', () => {
    expect(published.get('undated')).toMatchObject({ date: '2022-01-08', precision: 'day', inferred: true });
    expect(published.get('undated')?.reason).toMatch(
      /taken from later \(2022-01-08\), which tells the same story/,
    );
  });
});
