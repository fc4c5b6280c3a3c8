/**
 * A toll told in the clause "after", "nadat" or "nachdem" opens keeps to the topics of that
 * clause: the troops that arrived in the main clause are no topic of the dead, which the merge
 * would otherwise hold apart from reports of those dead that name no troops.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';

function topicsOf(lang: string, text: string): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const c of candidatesOfSentence(lang, { text })) out[c.kind] = c.concepts ?? [];
  return out;
}

describe('the topics of a toll told after “after”', () => {
  it.each<[string, string, string]>([
    [
      'the Guardian’s dead “after dozens of people were killed in clashes” are no troops arriving',
      'en',
      "Russian paratroopers have arrived in Kazakhstan as part of a deployment by a Moscow-led military alliance, after dozens of people were killed in clashes between protesters and security forces in the country's largest city, Almaty.",
    ],
    [
      'nor are Dutch dead “nadat tientallen mensen om het leven waren gekomen”',
      'nl',
      'Rusland stuurt troepen naar Kazachstan, nadat tientallen mensen bij de onlusten om het leven waren gekomen.',
    ],
    [
      'nor German dead “nachdem Dutzende Menschen getötet worden waren”',
      'de',
      'Russische Soldaten sind in Kasachstan eingetroffen, nachdem Dutzende Menschen bei den Unruhen getötet worden waren.',
    ],
  ])('%s', (_name, lang, text) => {
    const topics = topicsOf(lang, text);
    expect(topics['death']).toBeDefined();
    expect(topics['death']).not.toContain('troops');
  });

  it('a toll in the main clause keeps the sentence’s topics', () => {
    const text =
      'Dozens of people were killed in clashes after Russian paratroopers arrived in Kazakhstan as part of a deployment.';
    expect(topicsOf('en', text)['death']).toContain('troops');
  });
});
