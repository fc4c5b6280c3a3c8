/**
 * A sentence that names no time tells its happenings as one act: where a report dates one of them,
 * the other happened that day too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORIES_DIR } from '../story-fixtures.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('happenings of one undated sentence, one of them dated by its report', () => {
  it.each([
    [
      'en',
      "Kazakhstan's government resigned on Wednesday after protests over a sharp rise in fuel prices turned violent.",
      "Tokayev accepted the resignation of Prime Minister Askar Mamin's cabinet and appointed first deputy prime minister Alikhan Smailov as acting prime minister.",
    ],
    [
      'nl',
      'De Kazachse regering is woensdag afgetreden.',
      'Tokajev aanvaardde het ontslag van de regering van premier Askar Mamin en benoemde Alichan Smailov tot waarnemend premier.',
    ],
    [
      'de',
      'Die kasachische Regierung ist am Mittwoch zurückgetreten.',
      'Tokajew nahm den Rücktritt der Regierung von Askar Mamin an und ernannte Alichan Smailow zum kommissarischen Regierungschef.',
    ],
  ])('[%s] “%s” dates the appointment of “%s”', async (lang, dated, undated) => {
    const file = await eventFileOf({
      [`${lang}_a.txt`]: ` date 2022-01-05 Report\n\n${dated}\n\n${undated}\n`,
    });
    const appointed = eventsFrom(file, undated).find((e) => e.kind === 'appointment');
    expect(appointed?.when).toMatchObject({ start: '2022-01-05', end: '2022-01-05', precision: 'day' });
  });

  it('Reuters of 5 January: “… and appointed … Alikhan Smailov as acting prime minister” is dated the Wednesday the government resigned', async () => {
    const reuters = readFileSync(join(STORIES_DIR, 'kazakhstan-unrest', 'en_reuters_0105.txt'), 'utf8');
    const file = await eventFileOf({ 'en_reuters_0105.txt': reuters });
    const appointed = eventsFrom(file, 'appointed first deputy prime minister Alikhan Smailov').find(
      (e) => e.kind === 'appointment',
    );
    expect(appointed?.when).toMatchObject({ start: '2022-01-05', end: '2022-01-05', precision: 'day' });
  });

  it('“Russian paratroopers have arrived … after dozens of people were killed” keeps the dead before publication', async () => {
    const undated =
      "Russian paratroopers have arrived in Kazakhstan as part of a deployment by a Moscow-led military alliance, after dozens of people were killed in clashes between protesters and security forces in the country's largest city, Almaty.";
    const file = await eventFileOf({
      'en_a.txt': ` date 2022-01-06 Report\n\n${undated}\n\nThe first Russian troops arrived in Kazakhstan on Thursday.\n`,
    });
    const killed = eventsFrom(file, undated).find((e) => e.kind === 'death');
    expect(killed?.when.precision).toBe('before-publication');
  });

  it.each([
    [
      'en',
      'According to the interior ministry, 26 protesters and 18 police and military personnel have been killed since the protests started last Sunday.',
      'Dozens of police and protesters lost their lives and hundreds were injured in the riots.',
    ],
    [
      'nl',
      'Volgens het ministerie van Binnenlandse Zaken zijn er sinds de protesten afgelopen zondag begonnen 26 betogers en 18 politieagenten en militairen omgekomen.',
      'Tientallen agenten en betogers kwamen om het leven en honderden raakten gewond bij de rellen.',
    ],
  ])(
    '[%s] the injured told beside the dead counted since Sunday are of those days too',
    async (lang, since, undated) => {
      const file = await eventFileOf({
        [`${lang}_a.txt`]: ` date 2022-01-08 Report\n\n${since}\n`,
        [`${lang}_b.txt`]: ` date 2022-01-08 Report\n\n${undated}\n`,
      });
      const injured = eventsFrom(file, undated).find((e) => e.kind === 'injury');
      expect(injured?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08', precision: 'week' });
    },
  );
});
