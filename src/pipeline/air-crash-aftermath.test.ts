/**
 * What follows an air crash in the lexicon: the flight recorders handed over (kind
 * `recorder-handed-over`), the remains of the victims arriving somewhere (kind `arrival` with the
 * concept `remains`), claims about the crash that are neither a dismissal, an attack nor a strike, and a plane that "stortte neer", "abstürzte" or was "neergehaald", which is a
 * crash and no collapse, in en, nl and de, in articles of Wednesday 23 July 2014.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const ARTICLES: Record<string, string[]> = {
  'en_crash.txt': [
    'Black boxes handed over',
    'The flight recorders of the Boeing 777 were handed over to Malaysian officials late on Monday in Donetsk.',
    'A train carrying the remains of the victims arrived in Kharkiv on Tuesday.',
    'The Russian defence ministry said on Monday that a Ukrainian Su-25 fighter jet had flown close to the airliner, a claim Kiev dismissed as a lie.',
    'The Ministry of Defence of Russia declared that near the Boeing there was a Ukrainian attack airplane Su-25.',
    'The militia declare that they have no means to strike a target at such height.',
  ],
  'nl_crash.txt': [
    'Eerste slachtoffers naar Eindhoven',
    'Maandagavond droegen de separatisten in Donetsk de zwarte dozen van het toestel over aan een Maleisische delegatie.',
    'Vanmiddag landen op vliegbasis Eindhoven twee militaire vliegtuigen met de stoffelijke resten van de eerste slachtoffers.',
    'Het toestel stortte afgelopen donderdag neer bij het dorp Hrabove.',
  ],
  'de_crash.txt': [
    'Flugschreiber übergeben',
    'Die Separatisten haben die Flugschreiber am Montagabend in Donezk an malaysische Experten übergeben.',
    'Die Boeing war am Donnerstagnachmittag auf dem Weg nach Kuala Lumpur, als sie in der Region Donezk abstürzte.',
  ],
};

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [name, [title, ...paragraphs]] of Object.entries(ARTICLES))
    articles[name] = ` date 2014-07-23 ${title}\n\n${paragraphs.join('\n\n')}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('the aftermath of an air crash', () => {
  it.each<[string, string, string]>([
    ['were handed over to Malaysian officials late on Monday', 'recorder-handed-over', '2014-07-21'],
    ['droegen de separatisten in Donetsk de zwarte dozen', 'recorder-handed-over', '2014-07-21'],
    ['die Flugschreiber am Montagabend in Donezk', 'recorder-handed-over', '2014-07-21'],
    ['A train carrying the remains of the victims arrived in Kharkiv', 'arrival', '2014-07-22'],
    ['Vanmiddag landen op vliegbasis Eindhoven', 'arrival', '2014-07-23'],
    ['Het toestel stortte afgelopen donderdag neer', 'accident', '2014-07-17'],
    ['als sie in der Region Donezk abstürzte', 'accident', '2014-07-17'],
  ])('“%s” is a %s of %s', (words, kind, day) => {
    const event = eventsFrom(file, words).find((e) => e.kind === kind);
    expect(event?.when.start.slice(0, 10)).toBe(day);
  });

  it('the flight recorders handed over in three languages are one event', () => {
    const handover = eventsFrom(file, 'were handed over to Malaysian officials').find(
      (e) => e.kind === 'recorder-handed-over',
    );
    expect(handover?.title).toMatch(/^Flight recorders handed over/);
    expect(new Set(handover?.sources.map((s) => s.document))).toEqual(
      new Set(['de_crash', 'en_crash', 'nl_crash']),
    );
  });

  it('the remains arriving are told as such, at the place they reached', () => {
    expect(eventsFrom(file, 'Vanmiddag landen op vliegbasis Eindhoven').map((e) => e.title)).toContain(
      'Remains of victims arrive in Eindhoven',
    );
    expect(eventsFrom(file, 'arrived in Kharkiv').map((e) => e.title)).toContain(
      'Remains of victims arrive in Kharkiv',
    );
  });

  it.each<[string, string]>([
    ['a claim Kiev dismissed as a lie', 'dismissal'],
    ['there was a Ukrainian attack airplane Su-25', 'attack'],
    ['no means to strike a target at such height', 'protest'],
  ])('“%s” tells of no %s', (words, kind) => {
    expect(eventsFrom(file, words).map((e) => e.kind)).not.toContain(kind);
  });
});
