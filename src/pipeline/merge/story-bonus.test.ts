/**
 * Reports of one kind on one day that name no place in common are one happening when their
 * articles tell one story, and two when the folder holds two stories.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'de_notre.txt': [
      ' date 2019-04-16 ',
      'Notre-Dame: Feuer ist gelöscht',
      '',
      'Präsident Emmanuel Macron will die Kathedrale Notre-Dame wieder aufbauen.',
      '',
      'Das Feuer war am Montagabend im Dachstuhl ausgebrochen.',
    ].join('\n'),
    'nl_notre.txt': [
      ' date 2019-04-16 ',
      'Macron: Notre-Dame wordt herbouwd',
      '',
      'President Macron wil dat de Notre-Dame binnen vijf jaar is herbouwd.',
      '',
      'Het vuur brak gisteravond uit op de zolder van de kerk.',
    ].join('\n'),
    'en_warehouse.txt': [
      ' date 2019-04-16 ',
      'Warehouse blaze',
      '',
      'Firefighter chief Tom Brady said the warehouse of Acme Logistics was a total loss.',
      '',
      'The fire broke out on Monday evening in the loading bay.',
    ].join('\n'),
  });
}, 30_000);

describe('one story, one fire', () => {
  it('the German and the Dutch report of the cathedral fire, which name no place, are one event', () => {
    const [fire, ...others] = eventsFrom(file, 'im Dachstuhl ausgebrochen');
    expect(others).toEqual([]);
    expect(fire?.sources.map((s) => s.document).sort()).toEqual(['de_notre', 'nl_notre']);
  });

  it('a warehouse fire of the same evening in another story stays apart', () => {
    const [warehouse] = eventsFrom(file, 'in the loading bay');
    expect(warehouse?.sources.map((s) => s.document)).toEqual(['en_warehouse']);
  });
});
