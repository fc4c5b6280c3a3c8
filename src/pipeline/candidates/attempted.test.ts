/**
 * What someone tried, or failed, to do is told apart from what was done: "tried to storm the
 * parliament" is no storming of it.
 */
import { describe, expect, it } from 'vitest';
import { attempted } from './attempted.ts';

describe('whether a trigger is only what someone tried to do', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'young people who tried to storm parliament',
      'en',
      'Thousands of young people, many of them in school and college uniforms, tried to storm the parliament building in Kathmandu after police used tear gas.',
      'storm',
      true,
    ],
    [
      'an attempt to forcibly storm it',
      'en',
      'Protesters attempted to forcibly storm the palace.',
      'storm',
      true,
    ],
    [
      'protesters who stormed it',
      'en',
      'Protesters stormed the parliament building on Tuesday.',
      'stormed',
      false,
    ],
    [
      'Dutch protesters who "probeerden" to storm it',
      'nl',
      'Demonstranten probeerden het parlement te bestormen.',
      'bestormen',
      true,
    ],
    ['Dutch protesters who stormed it', 'nl', 'Demonstranten bestormden het parlement.', 'bestormden', false],
    [
      'German protesters who "versuchten" to storm it',
      'de',
      'Demonstranten versuchten, das Parlament zu stürmen.',
      'stürmen',
      true,
    ],
    ['German protesters who stormed it', 'de', 'Demonstranten stürmten das Parlament.', 'stürmten', false],
    [
      'German protesters who "versuchten" on a day they name before the comma',
      'de',
      'Demonstranten versuchten am Dienstag, das Parlament in Nairobi zu stürmen.',
      'stürmen',
      true,
    ],
    [
      'German protesters who "drohten" to storm it',
      'de',
      'Demonstranten drohten, das Parlament zu stürmen.',
      'stürmen',
      false,
    ],
    [
      'Dutch protesters who "dreigden" to storm it',
      'nl',
      'Demonstranten dreigden het parlement te bestormen.',
      'bestormen',
      false,
    ],
  ])('%s', (_, lang, text, trigger, tried) => {
    expect(attempted(text, lang, text.indexOf(trigger))).toBe(tried);
  });
});
