import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day } from './test-helpers.ts';

describe('dateFromStory: a happening named again, or told without a day of its own', () => {
  const lead = {
    text: 'Gunmen attacked a concert hall near Moscow on Friday night, killing at least 60 people.',
    paragraph: 'p1',
    times: [day('2024-03-22', 'on Friday night')],
  };

  it.each([
    ['en', 'The Islamic State group has said it was behind the attack.', 'day'],
    ['en', 'The Islamic State group has said it was behind the deadly attack.', 'day'],
    ['en', 'Another attack would follow, the group warned.', 'before-publication'],
  ])('[%s] “%s” is dated to the %s', (lang, text, precision) => {
    const later = extractCandidates(
      article('doc', lang, [lead, { text, paragraph: 'p3' }], '2024-03-23'),
    ).filter((c) => c.sentence.paragraph === 'p3' && (c.kind === 'attack' || c.kind === 'claim'));
    expect(later.map((c) => c.when.precision)).toEqual([precision]);
  });

  it('takes the earlier time with less confidence and without its words', () => {
    const [again] = extractCandidates(
      article(
        'doc',
        'de',
        [
          {
            text: 'Bei einem Anschlag auf eine Konzerthalle sind am Freitagabend 60 Menschen getötet worden.',
            paragraph: 'p1',
            times: [day('2024-03-22', 'am Freitagabend', 0.85)],
          },
          { text: 'Die Terrormiliz Islamischer Staat reklamierte den Anschlag für sich.', paragraph: 'p2' },
        ],
        '2024-03-23',
      ),
    ).filter((c) => c.sentence.paragraph === 'p2');
    expect(again?.when).toEqual({
      start: '2024-03-22',
      end: '2024-03-22',
      precision: 'day',
      value: '2024-03-22',
      confidence: 0.68,
    });
  });

  const attempt = {
    text: 'Ze lag zwaar onder vuur na de mislukte aanslag op oud-president Donald Trump, tien dagen geleden.',
    paragraph: 'p1',
    times: [day('2024-07-13', 'tien dagen geleden')],
  };

  it.each([
    [
      'a Dutch death told right after the attack named again, in its paragraph, is dated to the attack',
      [
        { text: 'Bij de aanslag in Butler werd Trump aan zijn oor geraakt.', paragraph: 'p3' },
        { text: 'Een bezoeker kwam om het leven, twee anderen raakten zwaargewond.', paragraph: 'p3' },
      ],
      'day',
    ],
    [
      'a death told in the next paragraph keeps no time of the attack named again',
      [
        { text: 'Bij de aanslag in Butler werd Trump aan zijn oor geraakt.', paragraph: 'p3' },
        { text: 'Een bezoeker kwam om het leven, twee anderen raakten zwaargewond.', paragraph: 'p4' },
      ],
      'before-publication',
    ],
    [
      'a death told after a sentence that names no happening again keeps no earlier time',
      [
        { text: 'Trump werd in Butler aan zijn oor geraakt.', paragraph: 'p3' },
        { text: 'Een bezoeker kwam om het leven, twee anderen raakten zwaargewond.', paragraph: 'p3' },
      ],
      'before-publication',
    ],
  ])('%s', (_name, sentences, precision) => {
    const deaths = extractCandidates(article('doc', 'nl', [attempt, ...sentences], '2024-07-23')).filter(
      (c) => c.kind === 'death',
    );
    expect(deaths.map((c) => c.when.precision)).toEqual([precision]);
  });

  it.each([
    [
      'the dead named on Sunday, in “The man killed was …, the governor said on Sunday”, died on Saturday',
      'The man killed was Corey Comperatore, 50, a former volunteer fire chief, Pennsylvania Governor Josh Shapiro said on Sunday.',
      '2024-07-13',
    ],
    [
      'a death the governor reports on Sunday without naming one told before is dated to Sunday',
      'A second man was killed, Pennsylvania Governor Josh Shapiro said on Sunday.',
      '2024-07-14',
    ],
  ])('%s', (_name, text, start) => {
    const shooting = {
      text: 'A gunman opened fire at a campaign rally in Butler on Saturday, killing a spectator.',
      paragraph: 'p1',
      times: [day('2024-07-13', 'on Saturday')],
    };
    const named = { text, paragraph: 'p4', times: [day('2024-07-14', 'Sunday')] };
    const deaths = extractCandidates(article('doc', 'en', [shooting, named], '2024-07-14')).filter(
      (c) => c.kind === 'death' && c.sentence.paragraph === 'p4',
    );
    expect(deaths.map((c) => c.when.start)).toEqual([start]);
  });
});

describe('dateFromStory: a count since the start, with no day of its own', () => {
  it('“26 protesters have been killed since the protests started” is the toll as it stood on the day of publication', () => {
    const [toll] = extractCandidates(
      article(
        'doc',
        'en',
        [
          {
            text: 'According to the interior ministry, 26 protesters have been killed since the protests started.',
            paragraph: 'p1',
          },
        ],
        '2022-01-08',
      ),
    );
    expect(toll).toMatchObject({
      kind: 'death',
      runningTotal: true,
      tally: true,
      when: { start: '2022-01-08', end: '2022-01-08', precision: 'day' },
    });
  });

  it.each<[string, string, string, string, string]>([
    [
      'English “detained in all”, in a paragraph of its own, is the total as it stood at publication',
      'en',
      'Justice Minister Flavio Dino said some 1,500 people had been detained in all.',
      '2023-01-09',
      '2023-01-09',
    ],
    [
      'German “Insgesamt … fest” after Monday’s arrests runs from Monday up to publication',
      'de',
      'Insgesamt nahmen die Behörden mehr als 1500 Menschen fest.',
      '2023-01-09',
      '2023-01-10',
    ],
  ])('%s', (_name, lang, text, start, end) => {
    const monday =
      lang === 'de'
        ? [
            {
              text: 'Am Montag räumten Polizei und Militär das Protestlager vor dem Hauptquartier des Heeres.',
              paragraph: 'p1',
              times: [day('2023-01-09', 'Am Montag')],
            },
          ]
        : [];
    // The time stage lends the German sentence its paragraph's Monday.
    const when = lang === 'de' ? { when: day('2023-01-09', undefined, 0.68) } : {};
    const total = extractCandidates(
      article('doc', lang, [...monday, { text, paragraph: 'p1', ...when }], end),
    ).find((c) => c.kind === 'arrest');
    expect(total).toMatchObject({ runningTotal: true, when: { start, end } });
  });
});
