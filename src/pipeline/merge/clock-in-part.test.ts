/**
 * A clock time inside the part of the day another report names is that time told finer: the
 * crash "rond 16.20 uur" and the one "am Donnerstagnachmittag" are one crash, which keeps the
 * afternoon as its time. A crash is rare in a story, so one told after a clock of the morning
 * still joins it.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const SPIEGEL =
  ' date 2014-07-18 Absturz\n\nDie Boeing 777 mit der Flugnummer MH17 war am Donnerstagnachmittag auf dem Weg von Amsterdam nach Kuala Lumpur, als sie in der Region Donezk abstürzte.\n';
const nos = (clock: string) =>
  ` date 2014-07-17 Vliegtuig neergestort\n\nHet contact met het vliegtuig ging rond ${clock} uur plaatselijke tijd verloren, boven Oekraïens grondgebied en vlak bij de Russische grens. Het toestel stortte neer bij het dorp Hrabove in de regio Donetsk, een gebied dat in handen is van pro-Russische separatisten.\n`;

describe('a clock time and the part of the day holding it', () => {
  it('the crash near Hrabove “rond 16.20 uur” and the one “am Donnerstagnachmittag” are one crash of the afternoon', async () => {
    const file = await eventFileOf({ 'de_spiegel.txt': SPIEGEL, 'nl_nos.txt': nos('16.20') });
    const crash = eventsFrom(file, 'als sie in der Region Donezk abstürzte');
    expect(crash.map((e) => [e.when.value, e.sources.map((s) => s.document).sort()])).toEqual([
      ['2014-07-17TAF', ['de_spiegel', 'nl_nos']],
    ]);
  });

  it('a story seldom has two crashes (lexicon `rare`): the one near Hrabove after contact was lost “rond 9.20 uur” is still the one crash', async () => {
    const file = await eventFileOf({ 'de_spiegel.txt': SPIEGEL, 'nl_nos.txt': nos('9.20') });
    const crash = eventsFrom(file, 'als sie in der Region Donezk abstürzte');
    expect(crash.flatMap((e) => e.sources.map((s) => s.document)).sort()).toEqual(['de_spiegel', 'nl_nos']);
  });
});
