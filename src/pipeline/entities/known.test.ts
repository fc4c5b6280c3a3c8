import { beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function placesIn(language: string, sentence: string): string[] {
  const [mentions] = stage.annotate(article(language, [sentence])).sentences.map((s) => s.mentions);
  return (mentions ?? []).filter((m: Mention) => m.kind === 'place').map((m) => m.id ?? '');
}

describe('cities of the world from the package', () => {
  it.each([
    ['en', 'The quake hit at 4:17 a.m. near the city of Gaziantep, the agency said.', 'gaziantep'],
    ['de', 'Die Bahnstrecke zwischen Kassel und Göttingen bleibt bis Freitag gesperrt.', 'kassel'],
    ['de', 'Auch an den Flughäfen München und Köln fielen Flüge aus.', 'munich'],
    ['nl', 'Het debat in Rotterdam trok veel kijkers.', 'rotterdam'],
    ['en', 'The storm made landfall in Tampa late on Thursday.', 'tampa'],
    ['en', 'Thousands marched in Nice on Sunday.', 'nice'],
    ['en', 'Ferries to Split were cancelled as Croatia braced for the storm.', 'split'],
    ['de', 'In Halle wurden am Samstag zwei Polizisten verletzt.', 'halle-saale'],
    ['de', 'Der Flughafen Frankfurt meldete am Morgen Verspätungen.', 'frankfurt-am-main'],
    ['en', 'The UN said 61 trucks reached northern Gaza on Friday.', 'gaza'],
    ['en', 'Aid trucks entered Gaza through the Rafah crossing.', 'gaza'],
    ['nl', 'In het Duitse Erftstadt kwamen zeker 50 mensen om het leven.', 'erftstadt-de'],
    // "Indiase" is in the lexicon as a proper noun, yet between "in het" and a town an adjective.
    ['nl', 'In het Indiase Ahmedabad is vandaag een van de zwarte dozen gevonden.', 'ahmedabad'],
    ['nl', 'Een brand in het Duitse Maagdenburg verwoestte zaterdag een loods.', 'magdeburg'],
    ['nl', 'Maandag blokkeerden tienduizenden mensen een kruispunt in Belgrado.', 'belgrade'],
    ['de', 'In Belgrad blockierten Demonstranten am Sonntag Kreuzungen.', 'belgrade'],
    ['de', 'Der Anschlag in Danzig schockierte Polen.', 'gdansk'],
    ['nl', 'In Straatsburg demonstreerden boeren.', 'strasbourg'],
    ['de', 'In Krakau und Breslau fielen Züge aus.', 'wroclaw'],
    // A settlement noun says a town is meant, though "Homs" is a word of the Dutch dictionary.
    ['de', 'Am Samstagabend hatten die Rebellen die Stadt Homs erobert.', 'homs'],
    ['nl', 'Zaterdag namen de rebellen de stad Homs in.', 'homs'],
    ['en', 'The rebels reached the city of Homs on Saturday.', 'homs'],
    ['nl', 'Syrische rebellen hebben vandaag de stad Hama ingenomen.', 'hamah'],
    // A verb of conquest takes a town as its object, though "Hama" is a dictionary's proper noun.
    ['nl', '**5 december** – De rebellen veroveren Hama.', 'hamah'],
    ['en', 'Dec. 5 - Rebels capture Hama.', 'hamah'],
    ['de', '5. Dezember: Die Rebellen erobern Hama.', 'hamah'],
  ])('finds the city in “%s: %s”', (language, sentence, id) => {
    expect(placesIn(language, sentence)).toContain(id);
  });

  it.each([
    ['en', 'It was a nice day for a walk.', 'nice'],
    ['en', 'Reading the report, the minister frowned.', 'reading'],
    ['en', 'Mobile networks went down across the region.', 'mobile'],
    ['en', 'The party split over the budget.', 'split'],
    ['en', 'Florence Pugh said she would attend.', 'florence'],
    ['en', 'Police captured Florence Miller near the border.', 'florence'],
    ['en', 'The singer Whitney Houston died in 2012.', 'houston'],
    ['en', 'Hurricane Milton made landfall near Siesta Key on Wednesday night.', 'milton'],
    ['de', 'Nach dem Durchzug von Hurrikan «Milton» stieg die Zahl der Toten.', 'milton'],
    ['nl', 'Orkaan Milton is vannacht aan land gekomen.', 'milton'],
    [
      'en',
      'The fire raced toward the ocean as Santa Ana winds gusted up to 100 miles per hour.',
      'santa-ana',
    ],
    ['de', 'Der Wetterdienst warnte vor starken Santa-Ana-Winden und extremer Brandgefahr.', 'santa-ana'],
    ['nl', 'De branden laaiden op toen de Santa Ana winden aankwamen.', 'santa-ana'],
  ])('finds no city in “%s: %s”', (language, sentence, id) => {
    expect(placesIn(language, sentence)).not.toContain(id);
  });

  it.each([
    ['en', 'The Almaty-Astana train was cancelled.', ['almaty', 'astana']],
    ['de', 'Der Almaty-Besuch des Kanzlers wurde abgesagt.', ['almaty']],
    ['en', 'Rescuers reached the village of Kyzylorda-Zhol by boat.', []],
  ])('reads a hyphenated name in “%s: %s” as the places %j', (language, sentence, ids) => {
    expect(placesIn(language, sentence)).toEqual(ids);
  });

  it('resolves a Kazakh city to the curated entry, not to the package', () => {
    expect(placesIn('en', 'Protesters gathered in Almaty and Aktobe.')).toEqual(['almaty', 'aktobe']);
  });
});
