import { describe, expect, it } from 'vitest';
import { apartAmong, countriesApart, documentsApart } from './documents-apart.ts';

/** The countries each document names, as document-countries.ts reads them. */
const COUNTRIES: Record<string, readonly string[]> = {
  'southport-riots__nl_volkskrant_08': ['GB'],
  'venezuela-election__en_ap_0730': ['VE', 'AR', 'CL', 'PE'],
  'mpox-emergency__en_reuters_0814': ['CD'],
  'mpox-emergency__nl_volkskrant_08': ['TH', 'SE'],
  'ahr-floods__de_tagesschau_0716': ['DE'],
  'ahr-floods__nl_nos_0715': ['NL', 'DE'],
  'butler-shooting__nl_volkskrant_07': [],
};

/** The fingerprints link the two mpox reports, as they do in the story's own folder. */
const LINKED = new Set(['mpox-emergency__en_reuters_0814\u0000mpox-emergency__nl_volkskrant_08']);
const sameStory = (a: string, b: string) => LINKED.has(`${a}\u0000${b}`) || LINKED.has(`${b}\u0000${a}`);

describe('documents that tell two stories', () => {
  it.each<[string, string, string, boolean]>([
    [
      "Southport's riots and Venezuela's protests name no country in common and share no fingerprint",
      'southport-riots__nl_volkskrant_08',
      'venezuela-election__en_ap_0730',
      true,
    ],
    [
      "the WHO's emergency told from Congo and from Thailand and Sweden is one story by its fingerprint",
      'mpox-emergency__en_reuters_0814',
      'mpox-emergency__nl_volkskrant_08',
      false,
    ],
    [
      'a Dutch report of the floods in Limburg names Germany too',
      'ahr-floods__de_tagesschau_0716',
      'ahr-floods__nl_nos_0715',
      false,
    ],
    [
      'a report naming no country is apart from none',
      'butler-shooting__nl_volkskrant_07',
      'venezuela-election__en_ap_0730',
      false,
    ],
    [
      'a document is not apart from itself',
      'venezuela-election__en_ap_0730',
      'venezuela-election__en_ap_0730',
      false,
    ],
  ])('%s', (_, a, b, apart) => {
    expect(documentsApart(sameStory, (id) => COUNTRIES[id])(a, b)).toBe(apart);
  });

  it('countries unknown for a document keep it from being apart', () => {
    expect(countriesApart(undefined, ['GB'])).toBe(false);
  });
});

describe('the documents of a folder apart from one', () => {
  const documents = Object.keys(COUNTRIES);
  const countriesOf = (d: string) => COUNTRIES[d];
  const apart = documentsApart(sameStory, countriesOf);
  const among = apartAmong(documents, apart, countriesOf);

  it.each(documents)('for %s, the same documents as asking each one', (document) => {
    expect(among(document).sort()).toEqual(documents.filter((d) => apart(document, d)).sort());
  });
});
