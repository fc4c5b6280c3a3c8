/**
 * Who says a count of the dead or injured is its source, not shown as an actor of the toll; one
 * who says he did the killing stays its actor.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const MINISTRY: MentionSpec = ['interior ministry', 'actor', 'interior-ministry'];
const RIXI: MentionSpec = ['Edoardo Rixi', 'actor', 'edoardo-rixi'];
const MAZON: MentionSpec = ['Carlos Mazón', 'actor', 'carlos-mazon'];
const ARMY: MentionSpec = ['army', 'actor', 'name:army'];

function asideOf(lang: string, text: string, mention: MentionSpec, kind: string): boolean | undefined {
  const c = candidatesOf(lang, text, '2023-09-09', [mention]).find((x) => x.kind === kind);
  const id = mention[2];
  return id === undefined ? undefined : c?.asideActors?.includes(id);
}

describe('the speaker of a toll is its source', () => {
  it.each<[string, string, MentionSpec, string]>([
    [
      'en',
      'The interior ministry said at least 672 people were injured, 205 of them critically.',
      MINISTRY,
      'injury',
    ],
    [
      'en',
      'Deputy Transport Minister Edoardo Rixi said at least 22 people had died and 16 were injured, several of them seriously.',
      RIXI,
      'death',
    ],
    ['nl', 'Carlos Mazón zei dat nog 89 mensen worden vermist.', MAZON, 'missing'],
    [
      'de',
      'Innenminister Ihor Klymenko sagte, zehn Menschen seien ums Leben gekommen.',
      ['Ihor Klymenko', 'actor', 'ihor-klymenko'],
      'death',
    ],
  ])('[%s] “%s”: the speaker is no actor of the count', (lang, text, mention, kind) => {
    expect(asideOf(lang, text, mention, kind)).toBe(true);
  });

  it('“The army said it killed 20 militants”: who says he killed stays the actor', () => {
    const [c] = candidatesOf('en', 'The army said it killed 20 militants.', '2023-09-09', [ARMY]);
    expect(c?.actors).toContain('name:army');
    expect(c?.asideActors ?? []).not.toContain('name:army');
  });
});
