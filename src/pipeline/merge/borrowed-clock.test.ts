/**
 * A live entry's clock only bounds the news it tells in the past: the landing one ticker posts at
 * "11:05 Uhr" in the perfect and the one another ticker tells the next day as "bereits gestern"
 * are one landing, of that day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const ticker = (name: string) =>
  readFileSync(`src/pipeline/fixtures/stories/live-tickers/${name}.txt`, 'utf8');

describe('an entry’s clock and another report’s day of the same news', () => {
  it('the paratroopers that “sind gelandet” at “11:05 Uhr” and “bereits gestern” are one landing of 6 January', async () => {
    const file = await eventFileOf({
      'de_ntv_ticker_0106.txt': ticker('de_ntv_ticker_0106'),
      'de_tagesschau_ticker_0107.txt': ticker('de_tagesschau_ticker_0107'),
    });
    const landing = eventsFrom(file, 'Die ersten russischen Fallschirmjäger sind in Kasachstan gelandet');
    expect(landing.map((e) => [e.when.start.slice(0, 10), e.sources.map((s) => s.document).sort()])).toEqual([
      ['2022-01-06', ['de_ntv_ticker_0106', 'de_tagesschau_ticker_0107']],
    ]);
  });
});
