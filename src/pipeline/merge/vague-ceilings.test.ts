/**
 * A vague count ("dozens killed", "tientallen doden", "Dutzende Tote") is no rough telling of a
 * toll well above it told days later, nor of an exact count of others (police officers killed).
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { vagueCeiling } from './vague-ceilings.ts';

describe('a vague count and the toll a week later', () => {
  const TOLL =
    "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest, including 19 members of the security forces.";
  it.each([
    [
      'en',
      "Russian paratroopers have arrived in Kazakhstan, after dozens of people were killed in clashes between protesters and security forces in the country's largest city, Almaty.",
    ],
    [
      'nl',
      'Bij de onlusten in Almaty zijn volgens de Kazachse politie tientallen betogers om het leven gekomen.',
    ],
    ['de', 'Bei den Unruhen in Almaty sind nach Angaben der Polizei Dutzende Demonstranten getötet worden.'],
  ])('[%s] “%s” (6 January) is not the toll of 225 told on the 15th', async (lang, vague) => {
    const file = await eventFileOf({
      [`${lang}_a.txt`]: ` date 2022-01-06 Report\n\n${vague}\n`,
      'en_b.txt': ` date 2022-01-15 Report\n\n${TOLL}\n`,
    });
    const toll = eventsFrom(file, TOLL).find((e) => e.kind === 'death');
    expect(toll?.title).toBe('225 people killed');
    expect(toll?.sources.map((s) => s.document)).toEqual(['en_b']);
  });

  it('“dozens of protesters killed” is no rough telling of “twelve police officers killed”', async () => {
    const file = await eventFileOf({
      'nl_a.txt':
        ' date 2022-01-06 Report\n\nBij de onlusten in Almaty zijn volgens de Kazachse politie tientallen betogers om het leven gekomen. Ook zijn twaalf agenten gedood.\n',
      'en_b.txt':
        ' date 2022-01-07 Report\n\nThe Interior Ministry said 18 members of the security forces had been killed and 748 injured.\n',
    });
    const police = eventsFrom(file, 'Ook zijn twaalf agenten gedood.').find((e) => e.kind === 'death');
    expect(police?.title).toBe('18 police and soldiers killed');
    expect(police?.sources.map((s) => s.sentence)).not.toContainEqual(expect.stringContaining('tientallen'));
  });

  it.each([
    [24, 100],
    [20, 100],
    [200, 1000],
    [2000, 10000],
  ])('a vague %i reaches up to %i', (value, ceiling) => {
    expect(vagueCeiling(value)).toBe(ceiling);
  });
});
