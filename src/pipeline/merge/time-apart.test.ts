/**
 * A rare happening told in a sentence without a time of its own takes its day from the sentence
 * before: that borrowed day is no evidence against the day another report gives it.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const REUTERS =
  ' date 2025-01-08 Los Angeles wildfires\n\nFirefighters in Pacific Palisades said several fire hydrants ran dry on Tuesday night as demand overwhelmed the water system.\n';

describe('a day borrowed from the sentence before', () => {
  it('the NOS’s hydrants that “stonden droog”, after an inquiry ordered “gisteren”, ran dry on the Tuesday night Reuters gives', async () => {
    const file = await eventFileOf({
      'en_reuters.txt': REUTERS,
      'nl_nos.txt':
        ' date 2025-01-11 Branden Los Angeles\n\nGouverneur Newsom heeft gisteren een onafhankelijk onderzoek gelast naar de watervoorziening. In Pacific Palisades stonden brandkranen droog toen de brandweer ze het hardst nodig had.\n',
    });
    const dry = eventsFrom(file, 'brandkranen droog');
    expect(dry.map((e) => [e.title, e.when.start, e.sources.map((s) => s.document).sort()])).toEqual([
      ['Hydrants run dry in Pacific Palisades', '2025-01-07', ['en_reuters', 'nl_nos']],
    ]);
  });

  it('hydrants that ran dry in another town are another failure', async () => {
    const file = await eventFileOf({
      'en_reuters.txt': REUTERS,
      'nl_nos.txt':
        ' date 2025-01-11 Branden Los Angeles\n\nGouverneur Newsom heeft gisteren een onafhankelijk onderzoek gelast naar de watervoorziening. In Altadena stonden brandkranen droog toen de brandweer ze het hardst nodig had.\n',
    });
    expect(eventsFrom(file, 'brandkranen droog')[0]?.sources.map((s) => s.document)).toEqual(['nl_nos']);
  });
});

describe('an evening and the next day one article names', () => {
  it('Trump’s video “am Donnerstagabend” and his announcement “Am Freitag” are two statements', async () => {
    const file = await eventFileOf({
      'de_tagesschau.md': [
        '---',
        'title: Trump',
        'date: 2021-01-08T23:45:00+01:00',
        'publisher: tagesschau.de',
        '---',
        'Trump hatte am Donnerstagabend in einem Video erstmals eingeräumt, dass am 20. Januar eine neue Regierung ins Amt kommen werde. Am Freitag kündigte er dann auf Twitter an, der Amtseinführung Bidens fernzubleiben.',
        '',
      ].join('\n'),
    });
    const video = eventsFrom(file, 'am Donnerstagabend in einem Video');
    const announcement = eventsFrom(file, 'Am Freitag kündigte er');
    expect(video.map((e) => e.when.start)).toEqual(['2021-01-07']);
    expect(announcement.map((e) => e.when.start)).toEqual(['2021-01-08']);
  });
});
