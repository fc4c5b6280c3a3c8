import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { namedAsKilled } from './named-as-killed.ts';

/** The person `name` as the entity stage finds it in `text`. */
function person(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'actor', id: 'x', resolution: 'exact' };
}

describe('one named as killed is no antecedent of the next “he”', () => {
  it.each<[string, string, string, boolean]>([
    [
      'en',
      'Shortly after, he entered an education building of the Erasmus MC, where he shot dead 43-year-old Jurgen Damen, a general practitioner.',
      'Jurgen Damen',
      true,
    ],
    ['nl', 'In een leslokaal schoot hij de 43-jarige docent Jurgen Damen dood.', 'Jurgen Damen', false],
    ['de', 'Dort erschoss er den Dozenten Jurgen Damen.', 'Jurgen Damen', true],
    ['en', 'Police chief Fred Westerbeke said the suspect had been convicted.', 'Fred Westerbeke', false],
  ])('[%s] “%s”: %s killed is %s', (_lang, text, name, killed) => {
    expect(namedAsKilled(text, person(text, name))).toBe(killed);
  });
});
