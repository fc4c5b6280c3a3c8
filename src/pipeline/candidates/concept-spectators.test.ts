import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('a spectator killed is the same dead in every language', () => {
  it.each([
    ['en', 'A spectator was killed and two others were critically injured.', true],
    ['de', 'Ein Zuschauer wurde getötet, zwei weitere wurden schwer verletzt.', true],
    ['nl', 'Een bezoeker kwam om het leven, twee anderen raakten zwaargewond.', true],
    ['nl', 'Bij het ongeluk kwam een toeschouwer om het leven.', true],
    ['en', 'Two soldiers were killed in the ambush on Monday.', false],
  ])('[%s] the death in “%s” befell a spectator: %s', (lang, text, spectator) => {
    const deaths = candidatesOf(lang, text, '2024-07-14', []).filter((c) => c.kind === 'death');
    expect(deaths).toHaveLength(1);
    expect(deaths[0]?.concepts?.includes('spectators')).toBe(spectator);
  });
});

describe('the title of a bystander killed', () => {
  it.each([
    ['en', 'A spectator was killed and two others were critically injured.', 'Bystander killed'],
    ['de', 'Ein Zuschauer wurde getötet, zwei weitere wurden schwer verletzt.', 'Bystander killed'],
    ['en', 'On Monday three spectators were killed in the crush.', '3 people killed'],
    ['en', 'On Monday two soldiers were killed in the ambush.', '2 troops killed'],
  ])('[%s] “%s” is titled “%s”', (lang, text, title) => {
    const deaths = candidatesOf(lang, text, '2024-07-14', []).filter((c) => c.kind === 'death');
    expect(deaths[0]?.title).toBe(title);
  });
});
