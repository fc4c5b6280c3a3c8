import { describe, expect, it } from 'vitest';
import { namesBesides } from './besides.ts';
import { mentionIn } from './test-helpers.ts';

describe('someone named as the one besides whom others were befallen is none of them', () => {
  it.each<[string, string, boolean]>([
    ['Naast Tanis zijn vandaag nog twee mannen aangehouden.', 'Tanis', true],
    ['Neben Tanis nahm die Polizei zwei weitere Männer fest.', 'Tanis', true],
    ['Besides Tanis, two other men were detained on Monday.', 'Tanis', true],
    ['Außer Tanis wurden zwei Männer festgenommen.', 'Tanis', true],
    ['De 37-jarige Gökmen Tanis werd vanavond aangehouden.', 'Tanis', false],
    ['Der Mann neben Tanis wurde verletzt.', 'Tanis', true],
    ['Gokmen Tanis was arrested on Monday evening.', 'Tanis', false],
  ])('“%s”: %s → %s', (text, name, expected) => {
    expect(namesBesides(text, mentionIn(text, name, 'actor'))).toBe(expected);
  });
});
