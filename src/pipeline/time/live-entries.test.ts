import { describe, expect, it } from 'vitest';
import type { ParagraphText } from '../types.ts';
import { liveEntryClocks } from './live-entries.ts';
import type { Lang } from './lexicon.ts';

/** Paragraphs as the clean stage leaves them: a line of a clock or a day alone is a heading. */
function paragraphs(lines: string[]): ParagraphText[] {
  return lines.map((text, i) => ({
    id: `p${i + 1}`,
    text,
    ...(text.length < 30 && !text.includes(':') ? { heading: true } : {}),
  }));
}

function daysAndTimes(lang: Lang, lines: string[], published: string): Record<string, string> {
  const clocks = liveEntryClocks(lang, paragraphs(lines), published);
  return Object.fromEntries([...clocks].map(([id, c]) => [id, `${c.day}T${c.time}`]));
}

describe('a live blog’s entries are dated by their clock, order and day headers', () => {
  it('a Dutch blog newest first, under “Zaterdag 14 november”, passes midnight between 00.20 and 23.58', () => {
    const lines = [
      'Zaterdag 14 november',
      '00.20',
      'De politie is zojuist de concertzaal Bataclan binnengevallen.',
      '23.58',
      'President Hollande kondigt de noodtoestand af voor heel Frankrijk.',
      '21.30',
      'Bij het Stade de France zijn zojuist twee explosies geweest.',
    ];
    expect(daysAndTimes('nl', lines, '2015-11-13')).toEqual({
      p3: '2015-11-14T00:20',
      p5: '2015-11-13T23:58',
      p7: '2015-11-13T21:30',
    });
  });

  it('a German ticker oldest first takes its days from “Freitag, 13. November” and “Samstag, 14. November”', () => {
    const lines = [
      'Freitag, 13. November',
      '21.20 Uhr: Am Stade de France in Saint-Denis ist eine Explosion zu hören.',
      '23.55 Uhr: Hollande verhängt den Ausnahmezustand über Frankreich.',
      'Samstag, 14. November',
      '0.25 Uhr: Die Polizei stürmt die Konzerthalle Bataclan.',
    ];
    expect(daysAndTimes('de', lines, '2015-11-14')).toEqual({
      p2: '2015-11-13T21:20',
      p3: '2015-11-13T23:55',
      p5: '2015-11-14T00:25',
    });
  });

  it('an English blog newest first without day headers ends on its publication day', () => {
    const lines = [
      '1.30am GMT',
      'At least 120 people are now dead, according to police.',
      '11.20pm GMT',
      'Police have just stormed the Bataclan concert hall.',
      '8.25pm GMT',
      'Reports are coming in of explosions near the Stade de France.',
    ];
    const clocks = liveEntryClocks('en', paragraphs(lines), '2015-11-14');
    expect(clocks.get('p2')).toEqual({ day: '2015-11-14', time: '01:30', zone: 'GMT' });
    expect(clocks.get('p4')).toEqual({ day: '2015-11-13', time: '23:20', zone: 'GMT' });
    expect(clocks.get('p6')?.day).toBe('2015-11-13');
  });

  it('an English blog’s GMT clocks of a story in Paris are read in Paris time, past midnight there', () => {
    const lines = [
      '12.30am GMT',
      'The hostage situation at the Bataclan is over.',
      '11.20pm GMT',
      'Police have just stormed the Bataclan concert hall.',
      '8.40pm GMT',
      'Shots have just been fired inside the Bataclan concert hall.',
    ];
    const clocks = liveEntryClocks('en', paragraphs(lines), '2015-11-14', 'Europe/Paris');
    expect([...clocks.values()]).toEqual([
      { day: '2015-11-13', time: '21:40' },
      { day: '2015-11-14', time: '00:20' },
      { day: '2015-11-14', time: '01:30' },
    ]);
  });

  it('the clock that opens an entry’s text is the entry’s, to be left out of what it tells', () => {
    const lines = ['21.20 Uhr: Explosion.', '21.30 Uhr: Zweite Explosion.', '21.40 Uhr: Schüsse.'];
    expect(liveEntryClocks('de', paragraphs(lines), '2015-11-13').get('p1')?.opener).toBe(9);
  });

  it('a German ticker newest first, its entries under “+++ 00:35 Uhr: … +++” headlines, passes midnight under “Mittwoch, 5. Januar”', () => {
    const ticker: ParagraphText[] = [
      { id: 'p1', text: '+++ 00:35 Uhr: OVKS schickt Truppen nach Kasachstan +++', heading: true },
      {
        id: 'p2',
        text: 'Armeniens Regierungschef Nikol Paschinjan kündigt an, dass die OVKS Friedenstruppen nach Kasachstan entsendet.',
      },
      { id: 'p3', text: 'Mittwoch, 5. Januar', heading: true },
      { id: 'p4', text: '+++ 23:10 Uhr: Tokajew bittet Russland um Hilfe +++', heading: true },
      { id: 'p5', text: 'Präsident Kassym-Schomart Tokajew bittet das Militärbündnis OVKS um Hilfe.' },
      { id: 'p6', text: '+++ 14:30 Uhr: Demonstranten stürmen Rathaus in Almaty +++', heading: true },
      { id: 'p7', text: 'In Almaty haben Demonstranten das Rathaus gestürmt und in Brand gesteckt.' },
    ];
    const clocks = liveEntryClocks('de', ticker, '2022-01-06');
    expect(Object.fromEntries([...clocks].map(([id, c]) => [id, `${c.day}T${c.time}`]))).toEqual({
      p2: '2022-01-06T00:35',
      p5: '2022-01-05T23:10',
      p7: '2022-01-05T14:30',
    });
  });

  it('a Dutch blog’s “23.15 uur | …” opens its entry with the clock, to be left out of what it tells', () => {
    const lines = [
      '00.40 uur | De CSTO stuurt vredestroepen naar Kazachstan.',
      '23.15 uur | President Tokajev vraagt het Russische militaire bondgenootschap CSTO om hulp.',
      '14.35 uur | Betogers bestormen het stadhuis in Almaty.',
    ];
    const clocks = liveEntryClocks('nl', paragraphs(lines), '2022-01-06');
    expect(clocks.get('p1')).toEqual({ day: '2022-01-06', time: '00:40', opener: 10 });
    expect(clocks.get('p3')?.day).toBe('2022-01-05');
  });

  it('a report with a clock or two is no live blog', () => {
    const lines = [
      'De schietpartij begon rond 10.45 uur in een tram op het 24 Oktoberplein.',
      '18.50',
      'De 37-jarige Gökmen Tanis werd aangehouden.',
    ];
    expect(liveEntryClocks('nl', paragraphs(lines), '2019-03-18').size).toBe(0);
  });
});
