import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../candidates/test-helpers.ts';
import type { SameStory } from '../story-links.ts';
import { joinNameVariants } from './name-variants.ts';

type Named = [text: string, id: string];

function reported(document: string, lang: string, text: string, names: Named[]) {
  return candidatesOf(
    lang,
    text,
    '2025-01-07',
    names.map(([name, id]) => [name, 'unknown', id]),
  ).map((c) => ({ ...c, document }));
}

const order = (document: string) => ['reuters', 'latimes', 'nos'].indexOf(document);
const oneStory: SameStory = () => true;
const twoStories: SameStory = (a, b) => a === b;

const NAMED = reported(
  'reuters',
  'en',
  'Tuesday evening a second blaze, the Eaton Fire, erupted in the foothills near Altadena.',
  [['Eaton Fire', 'name:eaton-fire']],
);
const CONTAINED = reported(
  'latimes',
  'en',
  'Friday the Palisades and Eaton fires were fully contained, Cal Fire said.',
  [['Eaton', 'name:eaton']],
);
const actorsOf = (joined: ReturnType<typeof joinNameVariants>, document: string) =>
  joined.find((c) => c.document === document)?.actors;

describe('a one-word name written before a common noun, and the name a report of the story gives it', () => {
  it('"the Palisades and Eaton fires" name the "Eaton Fire" of the Reuters report', () => {
    expect(actorsOf(joinNameVariants([...NAMED, ...CONTAINED], order, oneStory), 'latimes')).toContain(
      'name:eaton-fire',
    );
  });

  it('"the Eaton hills" are no "Eaton Fire": the noun is another', () => {
    const hills = reported('latimes', 'en', 'Friday the fires in the Eaton hills were fully contained.', [
      ['Eaton', 'name:eaton'],
    ]);
    expect(actorsOf(joinNameVariants([...NAMED, ...hills], order, oneStory), 'latimes')).toContain(
      'name:eaton',
    );
  });

  it.each<[string, string, string, string, string]>([
    [
      '"de Eaton branden" of a Dutch report',
      'nos',
      'nl',
      'Vrijdag waren de Palisades en de Eaton branden volledig onder controle.',
      'Eaton',
    ],
    [
      '"de Eaton Brand" of a machine translation',
      'nos',
      'nl',
      'Vrijdag waren de Palissaden Brand en de Eaton Brand volledig onder controle.',
      'Eaton Brand',
    ],
    [
      '"das Eaton Feuer" of a German report',
      'nos',
      'de',
      'Am Freitag war das Eaton Feuer bei Altadena vollständig eingedämmt.',
      'Eaton Feuer',
    ],
  ])('%s is the "Eaton Fire" of the Reuters report', (_, document, lang, text, name) => {
    const id = `name:${name.toLowerCase().replace(' ', '-')}`;
    const told = reported(document, lang, text, [[name, id]]);
    expect(actorsOf(joinNameVariants([...NAMED, ...told], order, oneStory), document)).toContain(
      'name:eaton-fire',
    );
  });

  it('"de Eaton branden" are the "Eaton Fire" where a machine translation writes "de Eaton Brand" too', () => {
    const translated = reported(
      'latimes',
      'nl',
      'Vrijdag waren de Palissaden Brand en de Eaton Brand volledig onder controle.',
      [['Eaton Brand', 'name:eaton-brand']],
    );
    const nos = reported(
      'nos',
      'nl',
      'Vrijdag waren de Palisades en de Eaton branden volledig onder controle.',
      [['Eaton', 'name:eaton']],
    );
    expect(actorsOf(joinNameVariants([...NAMED, ...translated, ...nos], order, oneStory), 'nos')).toContain(
      'name:eaton-fire',
    );
  });

  it('"de Eaton heuvels" are no "Eaton Fire": the noun names no fire', () => {
    const hills = reported('nos', 'nl', 'Vrijdag waren de branden in de Eaton heuvels onder controle.', [
      ['Eaton', 'name:eaton'],
    ]);
    expect(actorsOf(joinNameVariants([...NAMED, ...hills], order, oneStory), 'nos')).toContain('name:eaton');
  });

  it('stays as written where the reports tell two stories', () => {
    expect(actorsOf(joinNameVariants([...NAMED, ...CONTAINED], order, twoStories), 'latimes')).toContain(
      'name:eaton',
    );
  });
});
