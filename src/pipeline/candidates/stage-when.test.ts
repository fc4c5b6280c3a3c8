import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, candidatesOfSentence, day, year } from './test-helpers.ts';

const one = candidatesOfSentence;

describe('extractCandidates: time, figures and cited sentence', () => {
  it('gives each of two happenings the time expression nearest its trigger', () => {
    const [statement, troops] = one('nl', {
      text: 'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken zei vrijdag tijdens een persconferentie ook dat de Verenigde Staten „meer te weten willen komen” over het afreizen van Russische soldaten naar Kazachstan – donderdag kwamen 2.500 van hen in het land aan.',
      times: [day('2022-01-07', 'vrijdag'), day('2022-01-06', 'donderdag')],
      mentions: [
        ['Antony Blinken', 'actor', 'antony-blinken'],
        ['Kazachstan', 'place', 'kazakhstan'],
      ],
    }).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(statement?.when.start).toBe('2022-01-07');
    expect(troops?.when.start).toBe('2022-01-06');
    expect(troops?.figures).toEqual([{ value: 2500, counts: 'troops', text: '2.500', qualifier: 'exact' }]);
    expect(statement?.figures).toEqual([]);
  });

  it.each([
    [
      'de',
      'Der Fährverkehr nach Dänemark wurde am Freitag eingestellt und soll am Montag wieder aufgenommen werden.',
      [day('2023-10-20', 'am Freitag'), day('2023-10-23', 'am Montag')],
      '2023-10-20',
    ],
    [
      'nl',
      'Het treinverkeer werd vrijdag stilgelegd en wordt maandag hervat.',
      [day('2023-10-20', 'vrijdag'), day('2023-10-23', 'maandag')],
      '2023-10-20',
    ],
  ])(
    '[%s] dates “%s” by the time before its verb, where Dutch and German put it',
    (lang, text, times, start) => {
      const [c] = one(lang, { text, times });
      expect(c?.when.start).toBe(start);
    },
  );

  it.each([
    [
      'en',
      'Jan. 2: Protests break out in the oil town of Zhanaozen after the price of liquefied petroleum gas doubles at the start of the year.',
      [day('2022-01-02', 'Jan. 2'), year('2022', 'the start of the year')],
      'protest',
    ],
    [
      'de',
      '6. Januar – In Almaty wurden mehr als 3.000 Menschen festgenommen, nachdem es am Vortag Unruhen gegeben hatte.',
      [day('2022-01-06', '6. Januar'), day('2022-01-05', 'am Vortag')],
      'arrest',
    ],
  ])('[%s] a timeline entry “%s” is dated by its label', (lang, text, times, kind) => {
    const found = one(lang, { text, times }).filter((c) => c.kind === kind);
    expect(found.map((c) => c.when.start)).toEqual([times[0]?.start]);
  });

  it.each([
    [
      'en',
      'Ford will cut 4,000 jobs in Europe by the end of 2027, the carmaker said on Wednesday.',
      [year('2027', 'the end of 2027'), day('2025-11-19', 'on Wednesday')],
    ],
    [
      'de',
      'Bosch will bis Ende 2027 rund 4.000 Stellen streichen, teilte das Unternehmen am Mittwoch mit.',
      [year('2027', 'Ende 2027'), day('2025-11-19', 'am Mittwoch')],
    ],
  ])('[%s] dates “%s” by the announcement, not by the deadline', (lang, text, times) => {
    // A plan is dated by the times that do not lie ahead of the report's day.
    const layoffs = extractCandidates(article('doc', lang, [{ text, times }], '2025-11-19')).filter(
      (c) => c.kind === 'layoffs',
    );
    expect(layoffs.map((c) => c.when.start)).toEqual(['2025-11-19']);
  });

  it.each([
    [
      'de',
      'Der Reiseveranstalter TUI teilte am Sonntag mit, alle Flüge seien bis einschließlich Dienstag abgesagt worden.',
      [day('2023-07-23', 'am Sonntag'), day('2023-07-25', 'Dienstag')],
    ],
    [
      'nl',
      'Corendon maakte zondag bekend dat alle vluchten tot en met woensdag zijn geannuleerd.',
      [day('2023-07-23', 'zondag'), day('2023-07-26', 'woensdag')],
    ],
  ])('[%s] dates “%s” by the day the flights were called off, not the last day off', (lang, text, times) => {
    const cancelled = one(lang, { text, times }).filter((c) => c.kind === 'cancellation');
    expect(cancelled.map((c) => c.when.start)).toEqual(['2023-07-23']);
  });

  it('dates what a report tells by its own time, not by the time it was reported', () => {
    const byKind = new Map(
      one('en', {
        text: 'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing more than 1,000 people and injuring at least 2,376, the military government said on Saturday.',
        times: [day('2025-03-28', 'on Friday'), day('2025-03-29', 'on Saturday')],
      }).map((c) => [c.kind, c.when.start]),
    );
    expect(byKind.get('death')).toBe('2025-03-28');
    expect(byKind.get('injury')).toBe('2025-03-28');
  });

  it('keeps the years of a prison sentence as a figure', () => {
    const [verdict] = one('de', {
      text: 'Das Gericht hat den früheren Minister am Dienstag zu drei Jahren Haft verurteilt.',
      times: [day('2024-03-12', 'am Dienstag')],
    });
    expect(verdict?.figures).toEqual([{ value: 3, counts: 'years', text: 'drei', qualifier: 'exact' }]);
  });

  it('cites the sentence exactly as written, with its paragraph and offsets', () => {
    const a = article('doc', 'en', [
      { text: 'Friday was relatively quiet in Almaty.', paragraph: 'p4' },
      { text: 'The internet was at least temporarily switched off.', paragraph: 'p4' },
    ]);
    const [c] = extractCandidates(a);
    expect(c?.sentence).toMatchObject({
      paragraph: 'p4',
      text: 'The internet was at least temporarily switched off.',
      start: 39,
    });
  });

  it('borrows the previous sentence’s person for a sentence opening with "he"', () => {
    const a = article('doc', 'en', [
      {
        text: 'On Saturday, Kazakh authorities arrested Karim Massimov.',
        paragraph: 'p1',
        mentions: [['Karim Massimov', 'actor', 'karim-massimov']],
        times: [day('2022-01-08', 'On Saturday')],
      },
      { text: 'He is suspected of preparing a coup, international news agencies write.', paragraph: 'p1' },
    ]);
    const [, suspicion] = extractCandidates(a);
    expect(suspicion).toMatchObject({
      kind: 'investigation',
      actors: ['karim-massimov'],
      title: 'Karim Massimov suspected of treason',
    });
  });
});

describe('extractCandidates: a pronoun after the verb of a Dutch or German sentence', () => {
  it.each<[string, string, string, string]>([
    [
      'nl',
      'Oud-president Nazarbajev verscheen dinsdag voor het eerst in het openbaar.',
      'Nazarbajev',
      'In een videoboodschap zei hij dat hij met pensioen is.',
    ],
    [
      'de',
      'Ex-Präsident Nasarbajew hat sich am Dienstag erstmals geäußert.',
      'Nasarbajew',
      'In einer Videobotschaft sagte er, er sei im Ruhestand.',
    ],
  ])('[%s] the speaker of “%s” is the person named before', (lang, first, name, second) => {
    const a = article('doc', lang, [
      { text: first, paragraph: 'p1', mentions: [[name, 'actor', 'nazarbayev']] },
      { text: second, paragraph: 'p1' },
    ]);
    const statement = extractCandidates(a).find((c) => c.sentence.text === second);
    expect(statement).toMatchObject({ kind: 'statement', actors: ['nazarbayev'] });
  });
});
