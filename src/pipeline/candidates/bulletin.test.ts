import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const TOLL =
  'The number of dead for the DANA rose this Tuesday to 219, according to the latest balance of the Government delegation.';

describe('a count told after the toll of its bulletin', () => {
  it.each<[string, string, string, string]>([
    [
      'an exact count of the missing takes the toll’s day',
      '89 people are still missing.',
      '89 people missing',
      'day',
    ],
    [
      '“dozens still missing” holds over days and keeps no day of its own',
      'Dozens of people are still missing.',
      'Dozens of people missing',
      'before-publication',
    ],
  ])('%s', async (_name, count, title, precision) => {
    const file = await eventFileOf({ 'en_report.txt': ` date 2024-11-05 Report\n\n${TOLL} ${count}\n` });
    const missing = eventsFrom(file, count).find((e) => e.kind === 'missing');
    expect(missing?.title).toBe(title);
    expect(missing?.when.precision).toBe(precision);
    if (precision === 'day') expect(missing?.when.start).toBe('2024-11-05');
  });
});
