/**
 * A translation's "President Sarkozy" in a Georgian story is Salome Zourabichvili where a sister
 * report names "President Salome Zourabichvili"; a qualifier, or no sister report, leaves it as
 * written.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom } from '../test-articles.ts';
import { bareHeads } from './bare-title-garbles.ts';

const WIRE =
  ' date 2024-11-29 Georgia protests\n\nThousands of protesters rallied in Tbilisi on Thursday after the government suspended talks on joining the European Union.\n\nPresident Salome Zourabichvili said on Thursday that the government had declared war on its own people.\n';
const PROTEST =
  'Thousands of people protested in front of the parliament in Tbilisi on Saturday against the government of Georgia.';

async function namesOf(garbled: string, withSister = true): Promise<string[]> {
  const file = await eventFileOf({
    ...(withSister ? { 'en_wire_1129.txt': WIRE } : {}),
    'en_translation.txt': ` date 2024-12-14 Title\n\n${PROTEST}\n\n${garbled}\n`,
  });
  const [event] = eventsFrom(file, garbled);
  return event ? actorNames(file, event) : [];
}

describe('one word after the bare head of a title, in a translation', () => {
  it('“President Sarkozy” is the president a sister report names', async () => {
    expect(await namesOf('President Sarkozy called the election illegitimate on Saturday.')).toEqual([
      'Salome Zourabichvili',
    ]);
  });

  it('“former President Sarkozy” held the title once: he stays as written', async () => {
    expect(await namesOf('Former President Sarkozy called the election illegitimate on Saturday.')).toEqual([
      'Sarkozy',
    ]);
  });

  it('without a sister report naming the president, “President Sarkozy” stays as written', async () => {
    expect(await namesOf('President Sarkozy called the election illegitimate on Saturday.', false)).toEqual([
      'Sarkozy',
    ]);
  });

  it.each([
    [['Georgian President', 'President of Georgia'], ['president']],
    [
      ['Kazakh Prime Minister', 'premier van Kazachstan'],
      ['prime minister', 'premier'],
    ],
  ])('the bare heads of %j are %j', (roles, heads) => {
    expect(bareHeads(roles.map((r) => r.toLowerCase()))).toEqual(heads);
  });
});
