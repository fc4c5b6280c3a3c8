import { describe, expect, it } from 'vitest';
import { tellsFuture } from './future-verb.ts';

describe('whether a sentence looks ahead by its verb', () => {
  it.each<[string, string | undefined, boolean]>([
    ['The government will decide on Tuesday.', 'en', true],
    ['De regering zal dinsdag beslissen.', 'nl', true],
    ['Die Regierung wird am Dienstag entscheiden.', 'de', true],
    ['Die ECOWAS will am Donnerstag über das weitere Vorgehen beraten.', 'de', true],
    ['Rund 30.000 Bahnreisende mussten am Montag aus liegengebliebenen Zügen befreit werden.', 'de', false],
    ['Die Verletzten konnten am Abend gerettet werden, die Suche wird fortgesetzt.', 'de', true],
    [
      'Rund 30.000 Bahnreisende mussten am Montag aus liegengebliebenen Zügen befreit werden.',
      undefined,
      true,
    ],
    ['De stroom viel maandag uit.', 'nl', false],
    ['An international donor conference is to take place on Sunday.', 'en', true],
    ['The talks are due to resume on Monday.', 'en', true],
    ['The damage is due to the blast on Tuesday.', 'en', false],
    [
      'Federal prosecutors said the suspect was expected to be brought before an investigating judge at the Federal Court of Justice in Karlsruhe on Thursday.',
      'en',
      true,
    ],
    ['The results were expected to show a narrow lead on Monday.', 'en', true],
    ['The storm hit harder than was expected on Friday.', 'en', false],
    ['Am Sonntag soll eine internationale Geberkonferenz stattfinden.', 'de', true],
    ['Er soll von den Plänen am Freitag gewusst haben.', 'de', false],
    ['Der Mann soll am Samstag festgenommen worden sein.', 'de', false],
  ])('“%s” (%s): %s', (sentence, language, expected) => {
    expect(tellsFuture(sentence, language)).toBe(expected);
  });
});
