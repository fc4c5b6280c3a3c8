import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, beforePublication, day, week, type SentenceSpec } from '../candidates/test-helpers.ts';
import { combineWhen } from './when.ts';

function candidates(docs: [string, string, SentenceSpec][]) {
  return docs.flatMap(([id, lang, spec]) => extractCandidates(article(id, lang, [spec])));
}

describe('combineWhen: the event’s date from its sources', () => {
  it('takes the day the context gives a toll over the month “last August” that holds it', () => {
    const when = combineWhen(
      candidates([
        [
          'en_ap',
          'en',
          {
            text: "Demolition experts blew up the towers of Genoa's Morandi bridge, whose collapse last August killed 43 people.",
            times: [
              {
                start: '2018-08-01',
                end: '2018-08-31',
                precision: 'month',
                value: '2018-08',
                confidence: 0.8,
                text: 'last August',
              },
            ],
          },
        ],
        [
          'en_reuters',
          'en',
          { text: 'At least 22 people were killed, officials said.', when: day('2018-08-14') },
        ],
      ]).filter((c) => c.kind === 'death'),
    );
    expect(when.value).toBe('2018-08-14');
  });

  it('takes the day most documents give over one document’s week', () => {
    const when = combineWhen(
      candidates([
        [
          'a',
          'en',
          {
            text: 'On Saturday, Kazakh authorities arrested Karim Massimov.',
            times: [day('2022-01-08', 'On Saturday')],
            mentions: [['Karim Massimov', 'actor', 'km']],
          },
        ],
        [
          'b',
          'nl',
          {
            text: 'Zaterdag hebben de autoriteiten Karim Massimov opgepakt.',
            times: [day('2022-01-08', 'Zaterdag')],
            mentions: [['Karim Massimov', 'actor', 'km']],
          },
        ],
        [
          'c',
          'en',
          {
            text: 'Massimov was arrested earlier this week.',
            times: [week('2022-01-03', '2022-01-08', '2022-W01', 'earlier this week')],
            mentions: [['Massimov', 'actor', 'km']],
          },
        ],
      ]),
    );
    expect(when).toMatchObject({
      start: '2022-01-08',
      end: '2022-01-08',
      precision: 'day',
      text: 'On Saturday',
    });
  });

  it('prefers a sentence’s own date over one borrowed from context', () => {
    const [own] = candidates([
      [
        'a',
        'en',
        { text: 'The internet was switched off on Friday.', times: [day('2022-01-07', 'on Friday')] },
      ],
    ]);
    const [context] = candidates([
      ['b', 'en', { text: 'The internet was at least temporarily switched off.', when: day('2022-01-02') }],
    ]);
    if (!own || !context) throw new Error('no candidates');
    expect(combineWhen([context, own]).start).toBe('2022-01-07');
  });

  it('dates a tally "since last Sunday" from that Sunday up to publication', () => {
    const [c] = candidates([
      [
        'a',
        'en',
        {
          text: 'According to the interior ministry, 26 protesters have been killed since the protests started last Sunday.',
          times: [day('2022-01-02', 'last Sunday')],
        },
      ],
    ]);
    expect(c?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08', precision: 'week' });
  });

  it('takes the Thursday one report gives over the “earlier this week” and “vorige week” of two others, which hold it', () => {
    const remand = (id: string, lang: string, text: string, times: SentenceSpec['times']) =>
      [id, lang, { text, times, mentions: [['Castillo', 'actor', 'pc']] }] as [string, string, SentenceSpec];
    const when = combineWhen(
      candidates([
        remand('de', 'de', 'Ein Richter ordnete am Donnerstag 18 Monate Untersuchungshaft für Castillo an.', [
          day('2022-12-15', 'am Donnerstag'),
        ]),
        remand(
          'en',
          'en',
          'A judge ordered earlier this week 18 months pre-trial detention against Castillo.',
          [week('2022-12-12', '2022-12-17', '2022-W50', 'earlier this week')],
        ),
        remand('nl', 'nl', 'Een rechter legde Castillo vorige week achttien maanden voorarrest op.', [
          week('2022-12-12', '2022-12-18', '2022-W50', 'vorige week'),
        ]),
      ]),
    );
    expect(when).toMatchObject({ start: '2022-12-15', precision: 'day', text: 'am Donnerstag' });
  });

  it('takes the Wednesday one report gives over the “early November” of two others, which holds it', () => {
    const early = {
      start: '2024-11-01',
      end: '2024-11-30',
      precision: 'month' as const,
      value: '2024-11',
      confidence: 0.65,
    };
    const collapse = candidates([
      [
        'en',
        'en',
        {
          text: 'Olaf Scholz fired Christian Lindner on Wednesday, causing the collapse of his coalition.',
          times: [day('2024-11-06', 'on Wednesday')],
        },
      ],
      [
        'de',
        'de',
        {
          text: 'Die Ampel-Koalition war Anfang November zerbrochen.',
          times: [{ ...early, text: 'Anfang November' }],
        },
      ],
      [
        'nl',
        'nl',
        {
          text: 'De regeringscoalitie was begin november uiteen gevallen.',
          times: [{ ...early, text: 'begin november' }],
        },
      ],
    ]).filter((c) => c.kind === 'government-collapse');
    expect(collapse.map((c) => c.document)).toEqual(['en', 'de', 'nl']);
    expect(combineWhen(collapse)).toMatchObject({
      start: '2024-11-06',
      precision: 'day',
      text: 'on Wednesday',
    });
  });

  it('dates deaths an earlier report told undated before that report, not on the day a later toll was counted', () => {
    const told = { ...beforePublication('2021-07-15'), start: '2021-07-08' };
    const tolls = candidates([
      ['nos', 'nl', { text: 'In België kwamen zeker elf mensen om het leven.', when: told }],
      [
        'reuters',
        'en',
        {
          text: 'In Belgium, the death toll rose to 27 on Sunday.',
          times: [day('2021-07-18', 'on Sunday')],
        },
      ],
    ]).filter((c) => c.kind === 'death');
    expect(tolls.map((c) => c.tally === true)).toEqual([false, true]);
    expect(combineWhen(tolls)).toMatchObject({ start: '2021-07-08', end: '2021-07-15' });
  });

  it('dates a count of the missing by the day it was counted', () => {
    const told = { ...beforePublication('2021-07-15'), start: '2021-07-08' };
    const missing = candidates([
      ['nos', 'nl', { text: 'In België worden nog zeker twintig mensen vermist.', when: told }],
      [
        'reuters',
        'en',
        {
          text: 'In Belgium, the death toll rose to 27 on Sunday, with dozens still missing.',
          times: [day('2021-07-18', 'on Sunday')],
        },
      ],
    ]).filter((c) => c.kind === 'missing');
    expect(missing.map((c) => c.document)).toEqual(['nos', 'reuters']);
    expect(combineWhen(missing)).toMatchObject({ start: '2021-07-18' });
  });
});
