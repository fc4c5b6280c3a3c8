/**
 * Those who fled counted on from day to day are no disagreement of the reports: counts that rise
 * with the days their reports give them stand as the event's figures, with no conflict. Counts
 * that fall still disagree.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf } from '../test-articles.ts';

const article = (date: string, sentence: string) => ` date ${date} Report\n\n${sentence}\n`;

const german = (count: string) =>
  `Seit Sonntag haben mehr als ${count} Menschen Bergkarabach über den Latschin-Korridor verlassen, teilte die armenische Regierung mit.`;
const english =
  'Since Sunday, 65,036 refugees from Nagorno-Karabakh have arrived in Armenia through the Lachin corridor, the government said.';
const dutch = (count: string) =>
  `Sinds zondag hebben meer dan ${count} ontheemden uit Nagorno-Karabach via de Lachin-corridor Armenië bereikt.`;

describe('counts of those who fled, told on 26, 28 and 30 September', () => {
  it.each([
    ['28,000, 65,036 and 100,000 count on: no conflict', '28.000', '100.000', false],
    ['100,000, 65,036 and 28,000 disagree', '100.000', '28.000', true],
  ])('%s', async (_name, first, last, conflict) => {
    const file = await eventFileOf({
      'de.txt': article('2023-09-26', german(first)),
      'en.txt': article('2023-09-28', english),
      'nl.txt': article('2023-09-30', dutch(last)),
    });
    const exodus = file.events.filter((e) => e.kind === 'exodus');
    expect(exodus).toHaveLength(1);
    expect(exodus[0]?.sources).toHaveLength(3);
    expect(exodus[0]?.conflicts.some((c) => c.field === 'figures.people')).toBe(conflict);
  });
});
