import { describe, expect, it } from 'vitest';
import type { When } from '../types.ts';
import { afterToldDay } from './after-told-day.ts';

const SUNDAY: When = {
  start: '2022-01-02',
  end: '2022-01-02',
  precision: 'day',
  value: '2022-01-02',
  confidence: 0.68,
};

describe('a happening that spread, dated by the sentence before', () => {
  it.each<[string, string, string, string]>([
    [
      'Protests spread to the regional capital Aktau and then to other cities, including Almaty.',
      'context',
      '2022-01-02',
      '2022-01-05',
    ],
    [
      'Daarna sloegen de protesten over naar de regionale hoofdstad Aktau.',
      'context',
      '2022-01-02',
      '2022-01-05',
    ],
    ['Die Proteste weiteten sich dann auf weitere Städte aus.', 'context', '2022-01-02', '2022-01-05'],
    [
      'Die Proteste griffen später auf die Gebietshauptstadt Aktau über.',
      'context',
      '2022-01-02',
      '2022-01-05',
    ],
    // Its own day: "Maandag sloegen de demonstraties over naar de regionale hoofdstad Aktau".
    [
      'Maandag sloegen de demonstraties over naar de regionale hoofdstad Aktau.',
      'own',
      '2022-01-02',
      '2022-01-02',
    ],
    // No spreading: the day borrowed stands.
    ["Protesters stormed the mayor's office in Almaty.", 'context', '2022-01-02', '2022-01-02'],
  ])('“%s” (day from %s) runs from %s to %s', (text, timeFrom, start, end) => {
    const when = afterToldDay(
      SUNDAY,
      { text, timeFrom, triggerEnd: text.length, timeEnd: undefined },
      '2022-01-05',
    );
    expect([when.start, when.end]).toEqual([start, end]);
  });

  it.each<[string, string, string, string, string]>([
    [
      'The previous official toll was 164, reported by state media last Sunday and later withdrawn.',
      'last Sunday',
      'withdrawn',
      '2022-01-03',
      '2022-01-05',
    ],
    [
      'Das Gesundheitsministerium hatte am Sonntag von 164 Toten gesprochen, diese Angabe später aber wieder zurückgezogen.',
      'am Sonntag',
      'zurückgezogen',
      '2022-01-03',
      '2022-01-05',
    ],
    [
      'Het ministerie had zondag 164 doden gemeld, maar dat dodental werd later weer ingetrokken.',
      'zondag',
      'ingetrokken',
      '2022-01-03',
      '2022-01-05',
    ],
    ['He was arrested on Sunday and later released.', 'on Sunday', 'released', '2022-01-03', '2022-01-05'],
    // The arrest ends before "later": it keeps its Sunday.
    ['He was arrested on Sunday and later released.', 'on Sunday', 'arrested', '2022-01-02', '2022-01-02'],
    // "Enkele uren later" is the time's own "later".
    [
      'Enkele uren later beschuldigde India Pakistan van schendingen.',
      'Enkele uren',
      'beschuldigde',
      '2022-01-02',
      '2022-01-02',
    ],
  ])('“%s” (day “%s”, trigger “%s”) runs from %s to %s', (text, time, trigger, start, end) => {
    const told = {
      text,
      timeFrom: 'own',
      timeEnd: text.indexOf(time) + time.length,
      triggerEnd: text.indexOf(trigger) + trigger.length,
    };
    const when = afterToldDay(SUNDAY, told, '2022-01-05');
    expect([when.start, when.end]).toEqual([start, end]);
  });
});

describe('a happening told "later" than a time of day', () => {
  const at = (value: string): When => ({
    start: value.slice(0, 10),
    end: value.slice(0, 10),
    precision: value.includes(':') ? 'time' : 'part-of-day',
    value,
    confidence: 0.9,
  });

  it.each<[string, string, string | undefined, string, string, string]>([
    [
      'The gunman opened fire at two shisha bars shortly before 10 p.m. and was later found dead at his home.',
      '2020-02-19T22:00',
      '10 p.m.',
      'dead',
      '2020-02-19TNI',
      '2020-02-19',
    ],
    // Borrowed from the sentence before: "In het Duitse Hanau zijn woensdagavond negen mensen doodgeschoten".
    [
      'De vermoedelijke dader, een 43-jarige Duitser, is later dood aangetroffen in zijn woning.',
      '2020-02-19TEV',
      undefined,
      'aangetroffen',
      '2020-02-19TNI',
      '2020-02-19',
    ],
    [
      'Der mutmaßliche Täter wurde später tot in seiner Wohnung gefunden.',
      '2020-02-19TEV',
      undefined,
      'gefunden',
      '2020-02-19TNI',
      '2020-02-19',
    ],
    // After a morning, the rest of the day or the days up to publication.
    [
      'Der Mann hatte gegen 10 Uhr das Feuer eröffnet und wurde später festgenommen.',
      '2020-02-19T10:00',
      '10 Uhr',
      'festgenommen',
      '2020-02-19',
      '2020-02-20',
    ],
    // What happened before "later" keeps its hour.
    [
      'The gunman opened fire shortly before 10 p.m. and was later found dead at his home.',
      '2020-02-19T22:00',
      '10 p.m.',
      'opened fire',
      '2020-02-19T22:00',
      '2020-02-19',
    ],
  ])('“%s” (at %s, time “%s”, trigger “%s”) is %s to %s', (text, value, time, trigger, shown, end) => {
    const told = {
      text,
      timeFrom: time === undefined ? 'context' : 'own',
      timeEnd: time === undefined ? undefined : text.indexOf(time) + time.length,
      triggerEnd: text.indexOf(trigger) + trigger.length,
    };
    const when = afterToldDay(at(value), told, '2020-02-20');
    expect([when.value, when.end]).toEqual([shown, end]);
  });
});
