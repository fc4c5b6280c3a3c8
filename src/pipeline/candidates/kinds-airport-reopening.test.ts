/**
 * An airport that reopens after an attack or a disaster, in English, Dutch and German; a word of
 * reopening without an airport, a venue or a waterway reopens nothing.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('an airport reopens', () => {
  it.each([
    [
      'en',
      'Brussels Airport partially reopened last Sunday, on 3 April, with a limited number of flights from a temporary check-in area.',
    ],
    ['nl', 'Zondag werd de luchthaven van Zaventem gedeeltelijk heropend.'],
    ['de', 'Am Sonntag wurde der Flughafen Zaventem teilweise wiedereröffnet.'],
    ['de', 'Der Flughafen öffnete am Sonntag teilweise wieder.'],
  ])('[%s] “%s” is titled "Airport reopens"', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2016-04-09')).toContainEqual({
      kind: 'reopening',
      title: 'Airport reopens',
    });
  });

  it('[en] a case reopened is no reopening: “The prosecutors reopened the case on Sunday.”', () => {
    expect(
      kindsAndTitles('en', 'The prosecutors reopened the case on Sunday.', '2016-04-09').map((c) => c.kind),
    ).not.toContain('reopening');
  });
});
