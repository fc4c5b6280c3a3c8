import type { EventFile, Source } from '../schema/events.ts';

const paragraphs = {
  p1: 'Germany has temporarily halted arms exports to Kazakhstan, report German media. Last year, Germany issued twenty-five export licenses.',
  p2: 'Kazakh authorities have detained the former head of the National Security Committee, Karim Massimov, on suspicion of treason; "a betrayal", one official said.',
  p3: 'In de stad Almaty braken op 5 januari grootschalige rellen uit, met brandende overheidsgebouwen.',
};

function cite(document: string, paragraph: keyof typeof paragraphs, sentence: string): Source {
  const start = paragraphs[paragraph].indexOf(sentence);
  if (start < 0) throw new Error(`sample sentence not in ${paragraph}`);
  return { document, paragraph, sentence, start, end: start + sentence.length };
}

/** A small valid event file shared by the export and correction tests: three events, two languages. */
export function sampleFile(): EventFile {
  return {
    schemaVersion: 1,
    documents: [
      {
        id: 'doc-en',
        file: 'doc-en.txt',
        title: 'Countries respond to the unrest',
        language: 'en',
        published: { date: '2022-01-08', precision: 'day', inferred: false },
        paragraphs: [
          { id: 'p1', text: paragraphs.p1 },
          { id: 'p2', text: paragraphs.p2 },
        ],
      },
      {
        id: 'doc-nl',
        file: 'doc-nl.txt',
        title: 'Onrust in Kazachstan',
        language: 'nl',
        published: {
          date: '2022-01-01',
          precision: 'month',
          inferred: true,
          reason: 'header gives the month',
        },
        paragraphs: [{ id: 'p3', text: paragraphs.p3 }],
      },
    ],
    events: [
      {
        id: 'e-riots',
        title: 'Riots break out in Almaty',
        kind: 'protest',
        when: {
          start: '2022-01-05',
          end: '2022-01-05',
          precision: 'day',
          value: '2022-01-05',
          confidence: 0.9,
        },
        places: ['almaty'],
        actors: [],
        figures: [],
        sources: [cite('doc-nl', 'p3', paragraphs.p3)],
        conflicts: [],
      },
      {
        id: 'e-arrest',
        title: 'Former security chief Massimov arrested, "a betrayal"',
        kind: 'arrest',
        when: {
          start: '2022-01-03',
          end: '2022-01-08',
          precision: 'week',
          value: '2022-W01',
          text: 'earlier this week',
          confidence: 0.6,
        },
        places: ['almaty', 'nur-sultan'],
        actors: ['massimov'],
        figures: [],
        sources: [cite('doc-en', 'p2', paragraphs.p2)],
        conflicts: [
          {
            field: 'when',
            values: [
              { value: '2022-01-06', sources: [cite('doc-en', 'p2', paragraphs.p2)] },
              { value: '2022-01-07', sources: [cite('doc-en', 'p2', paragraphs.p2)] },
            ],
          },
        ],
      },
      {
        id: 'e-exports',
        title: 'Germany halts arms exports',
        kind: 'ban',
        when: {
          start: '2022-01-07',
          end: '2022-01-07',
          precision: 'day',
          value: '2022-01-07',
          confidence: 0.8,
        },
        places: ['berlin'],
        actors: ['germany'],
        figures: [{ value: 25, counts: 'export licenses', text: 'twenty-five', qualifier: 'exact' }],
        sources: [
          cite(
            'doc-en',
            'p1',
            'Germany has temporarily halted arms exports to Kazakhstan, report German media.',
          ),
        ],
        conflicts: [],
      },
    ],
    places: [
      {
        id: 'almaty',
        name: 'Almaty',
        names: { en: 'Almaty', nl: 'Almaty' },
        kind: 'city',
        lat: 43.2567,
        lon: 76.9286,
        country: 'KZ',
      },
      {
        id: 'berlin',
        name: 'Berlin',
        names: { en: 'Berlin' },
        kind: 'city',
        lat: 52.52,
        lon: 13.405,
        country: 'DE',
      },
      {
        id: 'nur-sultan',
        name: 'Nur-Sultan',
        names: { en: 'Nur-Sultan' },
        kind: 'city',
        lat: 51.1694,
        lon: 71.4491,
        country: 'KZ',
      },
    ],
    actors: [
      { id: 'germany', name: 'Germany', kind: 'country', aliases: [] },
      { id: 'massimov', name: 'Karim Massimov', kind: 'person', aliases: ['Massimov'] },
    ],
  };
}
