import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence, week } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { newSource, compareSources } from './sources.ts';
import { testCandidate } from './test-candidate.ts';
import { whenConflict } from './when-conflict.ts';

/** A part of a day ("MO", "EV", "NI") as the time stage gives it; a night may end the next day. */
function part(date: string, code: string, text: string, end = date): When {
  return { start: date, end, precision: 'part-of-day', value: `${date}T${code}`, confidence: 0.85, text };
}

function clock(date: string, time: string, text: string): When {
  return { start: date, end: date, precision: 'time', value: `${date}T${time}`, confidence: 0.85, text };
}

/** A month as the time stage gives it ("last August"). */
function month(value: string, end: string, text: string): When {
  return { start: `${value}-01`, end, precision: 'month', value, confidence: 0.8, text };
}

let paragraphs = 0;

/** A death told by `document` in `text`, in a paragraph of its own, dated by its own expression `when`. */
function told(document: string, text: string, when: When, extra: Partial<EventCandidate> = {}) {
  const s = sentence({ text, times: [when], paragraph: `p${++paragraphs}` });
  return testCandidate(s, when, { document, kind: 'death', ...extra });
}

/** The pope's death as Reuters and NOS told it: the same Monday, one of them its morning. */
const popeOnMonday = () =>
  told(
    'en_reuters',
    'Pope Francis, the first Latin American pontiff, died on Monday at the age of 88, the Vatican said in a video statement.',
    day('2025-04-21', 'on Monday'),
  );
const popeOnMondayMorning = () =>
  told(
    'nl_nos',
    'De paus overleed maandagochtend op 88-jarige leeftijd in zijn appartement in het Casa Santa Marta.',
    part('2025-04-21', 'MO', 'maandagochtend'),
  );

const values = (members: EventCandidate[]) =>
  whenConflict(members, newSource, compareSources)?.values.map((v) => [
    v.value,
    v.sources.map((s) => s.document),
  ]);

describe('whenConflict: one value per day the sources disagree on', () => {
  it.each<[string, EventCandidate[], [string, string[]][] | undefined]>([
    [
      '“died on Monday” and “maandagochtend” are one value, Monday morning, against “last week”',
      [
        popeOnMonday(),
        popeOnMondayMorning(),
        told(
          'en_mt',
          'Pope Francis died last week at the age of 88.',
          week('2025-04-21', '2025-04-27', '2025-W17', 'last week'),
        ),
      ],
      [
        ['2025-04-21TMO', ['en_reuters', 'nl_nos']],
        ['2025-W17', ['en_mt']],
      ],
    ],
    [
      '“died on Monday” and “maandagochtend” alone do not disagree',
      [popeOnMonday(), popeOnMondayMorning()],
      undefined,
    ],
    [
      '“On Saturday” against “earlier this week” stays a conflict of a day and a week',
      [
        told(
          'en_000',
          'On Saturday, Kazakh authorities arrested the former head of the security service, Karim Massimov.',
          day('2022-01-08', 'On Saturday'),
          { kind: 'arrest' },
        ),
        told(
          'en_003',
          'Massimov was arrested earlier this week.',
          week('2022-01-03', '2022-01-08', '2022-W01', 'earlier this week'),
          { kind: 'arrest' },
        ),
      ],
      [
        ['2022-W01', ['en_003']],
        ['2022-01-08', ['en_000']],
      ],
    ],
    [
      '“the protests started last Sunday” spans the days since, not that Sunday alone, against “on Friday”',
      [
        told(
          'en_000',
          'According to the interior ministry, 26 protesters and 18 police and military personnel have been killed since the protests started last Sunday.',
          week('2022-01-02', '2022-01-08', '2022-01-02', 'last Sunday'),
        ),
        told(
          'en_002',
          'State television reported on Friday that 26 demonstrators had already been killed.',
          day('2022-01-07', 'on Friday'),
        ),
      ],
      [
        ['2022-01-02/2022-01-08', ['en_000']],
        ['2022-01-07', ['en_002']],
      ],
    ],
    [
      '“late on Tuesday” and “at about 11:21 p.m.” are one value, the minute, beside the night into Wednesday',
      [
        told(
          'en_reuters',
          'A passenger train carrying about 350 people collided head-on with a freight train near the central Greek city of Larissa late on Tuesday, killing at least 36 people.',
          day('2023-02-28', 'late on Tuesday'),
        ),
        told(
          'en_reuters',
          'The intercity train from Athens to Thessaloniki and the freight train crashed at about 11:21 p.m. (2121 GMT) near the Tempi valley.',
          clock('2023-02-28', '23:21', 'at about 11:21 p.m.'),
        ),
        told(
          'nl_nos',
          'In de nacht van dinsdag op woensdag reed een passagierstrein met ruim 350 mensen aan boord bij het dal van Tempi frontaal op een goederentrein.',
          part('2023-02-28', 'NI', 'In de nacht van dinsdag op woensdag', '2023-03-01'),
        ),
      ],
      [
        ['2023-02-28T23:21', ['en_reuters', 'en_reuters']],
        ['2023-02-28TNI', ['nl_nos']],
      ],
    ],
    [
      '“in der Nacht zum Freitag” and “on Friday” do not disagree: the night runs into that Friday',
      [
        told(
          'de_spiegel',
          'Der frühere Marinetaucher Saman Kunan starb in der Nacht zum Freitag, als ihm auf dem Rückweg der Sauerstoff ausging, teilte die Marine mit.',
          part('2018-07-05', 'NI', 'in der Nacht zum Freitag', '2018-07-06'),
        ),
        told(
          'en_ap',
          'A former Thai navy SEAL, Saman Kunan, died on Friday while placing air tanks along the escape route.',
          day('2018-07-06', 'on Friday'),
        ),
      ],
      undefined,
    ],
    [
      '“in der Nacht zum Freitag” against “on Thursday” stays a conflict: Thursday is no day the night runs into',
      [
        told(
          'de_spiegel',
          'Der frühere Marinetaucher Saman Kunan starb in der Nacht zum Freitag.',
          part('2018-07-05', 'NI', 'in der Nacht zum Freitag', '2018-07-06'),
        ),
        told(
          'en_ap',
          'A former Thai navy SEAL, Saman Kunan, died on Thursday.',
          day('2018-07-05', 'on Thursday'),
        ),
      ],
      [
        ['2018-07-05', ['en_ap']],
        ['2018-07-05TNI', ['de_spiegel']],
      ],
    ],
    [
      'a leak “in der Nacht zum Montag” and one “on Monday evening” stay a conflict: the evening is no night’s news',
      [
        told(
          'de_tagesschau',
          'In der Nacht zum Montag fiel der Druck in der Pipeline Nord Stream 2 stark ab.',
          part('2022-09-25', 'NI', 'In der Nacht zum Montag', '2022-09-26'),
        ),
        told(
          'en_reuters',
          'A second leak was found near Bornholm on Monday evening.',
          part('2022-09-26', 'EV', 'on Monday evening'),
        ),
      ],
      [
        ['2022-09-25TNI', ['de_tagesschau']],
        ['2022-09-26TEV', ['en_reuters']],
      ],
    ],
    [
      'a day of saying about the killing named again dates no reading of it',
      [
        told(
          'en_reuters',
          'The teenager, identified by prosecutors as Nahel M., was shot in the chest at close range on Tuesday morning and died at the scene.',
          part('2023-06-27', 'MO', 'on Tuesday morning'),
        ),
        told(
          'en_reuters',
          'President Emmanuel Macron said on Wednesday the killing was "inexplicable and inexcusable".',
          day('2023-06-28', 'on Wednesday'),
          { saidOf: true },
        ),
      ],
      undefined,
    ],
    [
      '“whose collapse last August killed 43” and “collapsed … on Tuesday” do not disagree',
      [
        told(
          'en_ap',
          "Demolition experts on Friday blew up the two remaining towers of the eastern section of Genoa's Morandi bridge, whose collapse last August killed 43 people and left the Italian port city cut in two.",
          month('2018-08', '2018-08-31', 'last August'),
          { kind: 'disaster' },
        ),
        told(
          'en_reuters',
          'A large section of a motorway bridge collapsed in the northern Italian port city of Genoa on Tuesday during a violent rainstorm.',
          day('2018-08-14', 'on Tuesday'),
          { kind: 'disaster' },
        ),
      ],
      undefined,
    ],
    [
      '“im Juli” against “on 2 August” stays a conflict: the month does not hold the day',
      [
        told('de_x', 'Die Brücke war im Juli eingestürzt.', month('2018-07', '2018-07-31', 'im Juli'), {
          kind: 'disaster',
        }),
        told('en_x', 'The bridge collapsed on 2 August.', day('2018-08-02', 'on 2 August'), {
          kind: 'disaster',
        }),
      ],
      [
        ['2018-07', ['de_x']],
        ['2018-08-02', ['en_x']],
      ],
    ],
    [
      '“from midnight on Monday” and “Sinds middernacht van maandag op dinsdag” on Tuesday are one midnight',
      [
        told(
          'en_wire',
          "President Sirisena's office said a state of emergency would take effect from midnight on Monday.",
          clock('2019-04-22', '23:59', 'midnight on Monday'),
          { kind: 'emergency' },
        ),
        told(
          'nl_nu',
          'Sinds middernacht van maandag op dinsdag geldt in Sri Lanka de noodtoestand.',
          day('2019-04-23', 'dinsdag'),
          { kind: 'emergency' },
        ),
      ],
      undefined,
    ],
    [
      'the midnight ending Monday and a Wednesday stay two days',
      [
        told(
          'en_wire',
          'A curfew takes effect at midnight on Monday.',
          clock('2019-04-22', '23:59', 'midnight'),
          {
            kind: 'curfew',
          },
        ),
        told('nl_nu', 'Woensdag geldt een avondklok.', day('2019-04-24', 'Woensdag'), { kind: 'curfew' }),
      ],
      [
        ['2019-04-22T23:59', ['en_wire']],
        ['2019-04-24', ['nl_nu']],
      ],
    ],
  ])('%s', (_name, members, expected) => {
    expect(values(members)).toEqual(expected);
  });
});
