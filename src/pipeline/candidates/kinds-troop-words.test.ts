/** Paratroopers and peacekeepers are troops: their arrival or dispatch is a troop movement. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('soldiers named by their unit or mission are troops', () => {
  it.each<[string, string, string]>([
    [
      'Dutch paratroopers who "zijn aangekomen" are troops arriving',
      'nl',
      'Donderdag zijn de eerste Russische parachutisten aangekomen.',
    ],
    [
      'Dutch soldiers who "arriveerden" are troops arriving',
      'nl',
      'Donderdag arriveerden de eerste Russische militairen in het land.',
    ],
    [
      'German soldiers who "trafen … ein" are troops arriving',
      'de',
      'Donnerstag trafen die ersten russischen Soldaten in Almaty ein.',
    ],
    [
      'English paratroopers who arrived are troops arriving',
      'en',
      'Thursday the first Russian paratroopers arrived in the capital.',
    ],
    [
      'German "Fallschirmjäger" who "sind eingetroffen" are troops arriving',
      'de',
      'Donnerstag sind die ersten russischen Fallschirmjäger eingetroffen.',
    ],
    [
      'English peacekeepers who landed are troops arriving',
      'en',
      'Tuesday about 400 Kenyan peacekeepers arrived in the capital.',
    ],
    [
      'an alliance that "stuurt een vredesmacht" sends troops',
      'nl',
      'Woensdag maakte de premier bekend dat de alliantie een vredesmacht stuurt.',
    ],
    [
      'a German "Friedenstruppe" that "schickt" is troops sent',
      'de',
      'Mittwoch schickt das Bündnis eine Friedenstruppe in das Land.',
    ],
    [
      'an alliance counting the troops of its force tells the deployment',
      'en',
      'The Collective Security Treaty Organization said its force numbers about 2,500 troops.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-01-06').map((c) => c.kind)).toContain('troops');
  });

  it('a Dutch arrival of paratroopers is no bare "Arrival"', () => {
    const titles = kindsAndTitles(
      'nl',
      'Donderdag zijn de eerste Russische parachutisten aangekomen.',
      '2022-01-06',
    );
    expect(titles.map((c) => c.title)).not.toContain('Arrival');
  });
});
