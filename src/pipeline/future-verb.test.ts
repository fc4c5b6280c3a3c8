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
    [
      'Breivik wolle sich am Montag beim Haftprüfungstermin öffentlich erklären; er habe außerdem darum gebeten, dort Uniform tragen zu dürfen.',
      'de',
      true,
    ],
    ['Die Minister wollen am Donnerstag in Brüssel beraten.', 'de', true],
    ['Der Verdächtige werde am Dienstag dem Haftrichter vorgeführt, sagte ein Sprecher.', 'de', true],
    ['Er habe die Taten zugegeben, bestreite aber eine strafrechtliche Schuld.', 'de', false],
  ])('“%s” (%s): %s', (sentence, language, expected) => {
    expect(tellsFuture(sentence, language)).toBe(expected);
  });
});
