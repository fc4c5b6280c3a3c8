/**
 * The scene a report tells: the home where a woman was shot, the classroom where a teacher was, so
 * that the merge keeps two killings and two fires of one afternoon apart.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { candidateScenes, sameScene, Scenes, SCENES, scenesNamed } from './scenes.ts';
import { testCandidate } from './test-candidate.ts';

describe('the scenes a sentence names', () => {
  it.each<[string, string, boolean, string[]]>([
    ['a Dutch home after an article', 'In de woning werd een 39-jarige vrouw doodgeschoten.', true, ['home']],
    ['a German home after an article', 'Anschließend legte er in der Wohnung Feuer.', false, ['home']],
    ['an English house set on fire', 'Afterwards he set the house on fire.', false, ['home']],
    [
      'a Dutch classroom',
      'In een leslokaal schoot hij een 43-jarige docent dood.',
      true,
      ['hospital-or-school'],
    ],
    [
      'an English scene of two words',
      'He entered an education building of the Erasmus MC, where he shot dead 43-year-old Jurgen Damen.',
      true,
      ['hospital-or-school'],
    ],
    ['a German clinic set on fire', 'Auch in der Klinik legte er Feuer.', false, ['hospital-or-school']],
    [
      'both scenes of a toll',
      'A gunman killed at least two people in shootings at a house and a university hospital in the Dutch city of Rotterdam.',
      true,
      ['home', 'hospital-or-school'],
    ],
    ['no scene in “went home”', 'The crowd went home after the rally.', false, []],
    ['no scene in “the White House”', 'The White House said the attack was horrific.', false, []],
    [
      'no scene of a wounded man who lay in hospital',
      'Hij lag sindsdien zwaargewond in het ziekenhuis.',
      true,
      [],
    ],
    [
      'the hospital of a fire is its scene',
      'Daarna stichtte hij brand in het ziekenhuis.',
      false,
      ['hospital-or-school'],
    ],
  ])('%s', (_what, text, befalls, scenes) => {
    expect(scenesNamed(text, SCENES, befalls)).toEqual(scenes);
  });
});

function report(kind: string, text: string, index: number, paragraph = 'p2'): EventCandidate {
  return testCandidate(sentence({ text, paragraph }, index), day('2023-09-28'), {
    document: 'de_spiegel_0928',
    language: 'de',
    kind,
  });
}

describe('the scene of each report', () => {
  const shot = report(
    'shooting',
    'Der Mann hatte am Donnerstagnachmittag zunächst in einer Wohnung im Stadtteil Delfshaven auf eine 39 Jahre alte Frau geschossen.',
    1,
  );
  const died = report('death', 'Die Frau starb, das Mädchen wurde lebensgefährlich verletzt.', 2);
  const said = report('statement', 'Er sei erschüttert, sagte Aboutaleb.', 3, 'p6');
  const toll = report('death', 'Mindestens zwei Menschen wurden getötet, teilte die Polizei mit.', 0, 'p1');

  it('“Die Frau starb” takes the home the shooting before it in its paragraph named', () => {
    expect(candidateScenes([died, shot])).toEqual([['home'], ['home']]);
  });

  it('a statement and a toll of a paragraph naming no scene have none', () => {
    expect(candidateScenes([said, toll])).toEqual([[], []]);
  });
});

describe('clusters at two scenes', () => {
  it.each<[string, string[], string[], boolean]>([
    ['the home and the classroom clash', ['home'], ['hospital-or-school'], true],
    ['the home and the toll of both scenes clash', ['home'], ['home', 'hospital-or-school'], true],
    ['the home and a report of no scene join', ['home'], [], false],
    ['two reports of the home join', ['home'], ['home'], false],
  ])('%s', (_what, a, b, clash) => {
    expect(new Scenes([a, b]).clash(0, 1)).toBe(clash);
  });
});

describe('one scene as evidence', () => {
  it.each<[string, string[], string[], boolean]>([
    ['“at a home” and “in de woning” tell one scene', ['home'], ['home'], true],
    ['a report of no scene tells none with the home', ['home'], [], false],
    ['the toll of both scenes is no evidence for the home', ['home'], ['home', 'hospital-or-school'], false],
  ])('%s', (_what, a, b, same) => {
    expect(sameScene(a, b)).toBe(same);
  });
});
