/**
 * An evening reaches into the small hours after it, but the riot of Tuesday evening and that of
 * Wednesday evening ("Am Mittwochabend hatte es erneut Ausschreitungen gegeben") are two, as two
 * nights are; two reports of the same evening are one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'nl_southport.txt':
      ' date 2024-07-31 Rellen in Southport\n\nIn Southport is het dinsdagavond tot zware rellen gekomen.\n',
    'en_southport.txt':
      ' date 2024-07-31 Riots in Southport\n\nRiots broke out in Southport on Tuesday evening.\n',
    'de_erneut.txt':
      ' date 2024-08-01 Erneut Krawalle\n\nAm Mittwochabend hatte es erneut Ausschreitungen gegeben.\n',
  });
}, 60_000);

describe('two evenings', () => {
  it('the Dutch and English reports of Tuesday evening’s riot are one event', () => {
    const [nl] = eventsFrom(file, 'dinsdagavond tot zware rellen');
    const [en] = eventsFrom(file, 'on Tuesday evening');
    expect(nl?.id).toBe(en?.id);
    expect(nl?.when.start.slice(0, 10)).toBe('2024-07-30');
  });

  it('the riot of Wednesday evening is another event, on the Wednesday', () => {
    const [tuesday] = eventsFrom(file, 'dinsdagavond tot zware rellen');
    const [wednesday] = eventsFrom(file, 'Am Mittwochabend');
    expect(wednesday?.id).not.toBe(tuesday?.id);
    expect(wednesday?.when.start.slice(0, 10)).toBe('2024-07-31');
  });
});
