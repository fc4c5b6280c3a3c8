/**
 * A year a report measures against dates nothing it reports: "the largest bank failure since the
 * 2008 financial crisis" happened on the Friday the sentence names, not in 2008. The happening of
 * the year's own clause keeps the year ("since 1973, when at least 150 people died").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const FAILURE =
  'California regulators shut down Silicon Valley Bank on Friday, in the largest U.S. bank failure since the 2008 financial crisis.';
const FLOOD = 'It is the deadliest flood in Spain since 1973, when at least 150 people died in Murcia.';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'bank.txt': ` date 2023-03-13 Report\n\n${FAILURE}\n`,
    'flood.txt': ` date 2024-11-01 Report\n\n${FLOOD}\n`,
  });
}, 30_000);

describe('a year a sentence compares with', () => {
  it('leaves the bank failure on the Friday the sentence names', () => {
    expect(eventsFrom(file, FAILURE).map((e) => [e.title, e.when.start])).toEqual([
      ['Bank fails in California', '2023-03-10'],
    ]);
  });

  it('still dates the deaths of its own clause', () => {
    const deaths = eventsFrom(file, FLOOD).filter((e) => e.title.endsWith('killed'));
    expect(deaths.map((e) => e.when.value)).toEqual(['1973']);
  });
});
