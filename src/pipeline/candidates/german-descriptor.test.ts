/**
 * A German name nobody listed, read with the place adjective and noun before it, is titled by the
 * name alone; a listed place keeps the gazetteer's English name.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { withoutGermanDescriptor } from './german-descriptor.ts';
import { displayName } from './names.ts';

describe('the name a title gives a German phrase', () => {
  it.each<[string, string, string]>([
    ['the cathedral in Paris is titled by its name', 'Pariser Kathedrale Notre-Dame', 'Notre-Dame'],
    ['the Berlin airport is titled by its name', 'Berliner Flughafen BER', 'BER'],
    ['a name of two words keeps both', 'Kölner Dom', 'Kölner Dom'],
    ['a person’s full name is kept', 'Emmanuel Macron', 'Emmanuel Macron'],
    ['a name that opens with no adjective in -er is kept', 'Kathedrale Notre-Dame', 'Kathedrale Notre-Dame'],
  ])('%s: “%s” → “%s”', (_, name, titled) => {
    expect(withoutGermanDescriptor(name)).toBe(titled);
  });

  const mention = (text: string, id: string): Mention => ({
    text,
    start: 0,
    end: text.length,
    kind: 'unknown',
    id,
    resolution: 'exact',
  });

  it.each<[string, string, string, string, string]>([
    [
      'a German unlisted name loses its descriptor',
      'de',
      'Pariser Kathedrale Notre-Dame',
      'name:pariser-kathedrale-notre-dame',
      'Notre-Dame',
    ],
    ['a listed place keeps its English name', 'de', 'Pariser', 'paris', 'Paris'],
    [
      'an English unlisted name is kept as written',
      'en',
      'Berliner Flughafen BER',
      'name:berliner-flughafen-ber',
      'Berliner Flughafen BER',
    ],
  ])('%s', (_, lang, text, id, titled) => {
    const names: Record<string, string> = { [id]: text, paris: 'Paris' };
    expect(displayName(mention(text, id), lang, (x) => names[x])).toBe(titled);
  });
});
