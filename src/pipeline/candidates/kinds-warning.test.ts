/** A weather service's alert is a happening of its own: the red alert of the morning, told in three languages. */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../merge/features.ts';
import { testCandidate } from '../merge/test-candidate.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { day, kindsAndTitles, sentence, type MentionSpec } from './test-helpers.ts';

const VALENCIA: MentionSpec = ['Valencia', 'place', 'valencia'];

describe('a weather alert issued is a warning', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'AEMET that “had issued a red alert for the Valencia region” warns Valencia',
      'en',
      'AEMET had issued a red alert for the Valencia region on Tuesday morning.',
      [VALENCIA],
      'Warning issued for Valencia',
    ],
    [
      'the Dutch KNMI that “gaf code rood af” warns',
      'nl',
      'Het KNMI gaf dinsdagavond code rood af voor de kustprovincies.',
      [],
      'Warning issued',
    ],
    [
      'a German weather service that “hatte die höchste Warnstufe Rot ausgerufen” warns',
      'de',
      'Der Wetterdienst hatte bereits am Dienstagmorgen die höchste Warnstufe Rot ausgerufen.',
      [],
      'Warning issued',
    ],
    [
      'a Dutch “code oranje” for Zeeland warns',
      'nl',
      'Het KNMI heeft voor Zeeland code oranje afgegeven.',
      [['Zeeland', 'place', 'zeeland']],
      'Warning issued for Zeeland',
    ],
    [
      'a German weather service that “hatte … vor Starkregen gewarnt” warns, no heavy rain that day',
      'de',
      'Vor einer Woche hatte der Deutsche Wetterdienst vor Starkregen gewarnt.',
      [],
      'Warning issued',
    ],
    [
      'a Dutch weather service that “had … gewaarschuwd voor zware windstoten” warns of wind',
      'nl',
      'De weerdienst had zondag al gewaarschuwd voor zware windstoten.',
      [],
      'Wind warning issued',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2024-10-30', mentions)).toEqual([{ kind: 'warning', title }]);
  });

  it('a warning merely mentioned in a quote of “warned against” is no alert issued', () => {
    const kinds = kindsAndTitles(
      'en',
      'The minister warned against panic buying on Tuesday.',
      '2024-10-30',
      [],
    );
    expect(kinds.map((c) => c.kind)).not.toContain('warning');
  });
});

describe('the merge takes the kind as evidence', () => {
  it('a story rarely has two red alerts on one morning: a warning is a rare kind', () => {
    const when = day('2024-10-29', 'on Tuesday morning');
    const c = testCandidate(
      sentence({ text: 'AEMET issued a red alert on Tuesday morning.', times: [when] }),
      when,
      {
        kind: 'warning',
      },
    );
    expect(featuresOf(c).rare).toBe(true);
  });
});

describe('a warning names what it warns of', () => {
  it.each<[string, string, string, string]>([
    [
      'the German weather service that “warnte … vor starken Santa-Ana-Winden und extremer Brandgefahr”',
      'de',
      'Am Montag warnte der Nationale Wetterdienst erneut vor starken Santa-Ana-Winden und extremer Brandgefahr.',
      'Warning of high winds and fire danger issued',
    ],
    [
      'a “red flag warning” is a warning of fire danger',
      'en',
      'On Monday the National Weather Service issued a red flag warning for much of Los Angeles County.',
      'Fire danger warning issued',
    ],
    [
      'a “code oranje vanwege zware windstoten” is a wind warning',
      'nl',
      'Donderdag heeft het KNMI code oranje afgegeven vanwege zware windstoten.',
      'Wind warning issued',
    ],
  ])('%s', (_name, lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2025-01-13')).toEqual([{ kind: 'warning', title }]);
  });
});

describe('a warning is dated to when it was issued, not to the day it is for', () => {
  it.each<[string, string, string, { start: string; end: string }]>([
    [
      '“warnte für Dienstag” in Monday’s paper was issued on Monday or Sunday, not on Tuesday',
      ' date 2025-01-13 Brände in Los Angeles\n\nDer Nationale Wetterdienst warnte für Dienstag erneut vor starken Santa-Ana-Winden und extremer Brandgefahr.\n',
      'warnte für Dienstag',
      { start: '2025-01-12', end: '2025-01-13' },
    ],
    [
      '“On Monday … issued a red flag warning for Wednesday” was issued on Monday',
      ' date 2025-01-14 Fires in Los Angeles\n\nOn Monday the National Weather Service issued a red flag warning for Wednesday.\n',
      'red flag warning',
      { start: '2025-01-13', end: '2025-01-13' },
    ],
  ])('%s', async (_name, text, words, when) => {
    const file = await eventFileOf({ 'report.txt': text });
    expect(
      eventsFrom(file, words).map((e) => ({ kind: e.kind, start: e.when.start, end: e.when.end })),
    ).toEqual([{ kind: 'warning', ...when }]);
  });
});
