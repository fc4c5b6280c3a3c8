/**
 * National mourning, of all the measures the emergency kind covers, is rare in a story (lexicon
 * `rareIf`): reports of it in the same days are one declaration, however they date it.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

/** An undated past sentence of a report published on `published`. */
function undated(published: string): When {
  return {
    start: '2016-03-15',
    end: published,
    precision: 'before-publication',
    value: 'PAST_REF',
    confidence: 0.2,
  };
}

function emergency(
  document: string,
  language: string,
  text: string,
  when: When,
  concepts: string[],
  agent?: string,
): EventCandidate {
  const own = when.text !== undefined;
  return testCandidate(sentence(own ? { text, times: [when] } : { text, when }), when, {
    document,
    language,
    kind: 'emergency',
    title: concepts.includes('mourning') ? 'National mourning' : 'State of emergency declared',
    concepts,
    ...(agent ? { agent, actors: [agent] } : {}),
  });
}

const faz = emergency(
  'faz',
  'de',
  'Die Regierung rief eine dreitägige Staatstrauer aus.',
  undated('2016-03-22'),
  ['mourning'],
  '~regierung',
);
const vrt = emergency(
  'vrt',
  'nl',
  'De regering kondigt drie dagen van nationale rouw af.',
  day('2016-03-22'),
  ['mourning'],
  '~regering',
);
const ap = emergency(
  'ap',
  'en',
  'Belgium raised its terror alert to the highest level on Tuesday and was observing three days of national mourning.',
  day('2016-03-22', 'Tuesday'),
  ['terrorism', 'mourning'],
  'belgium',
);
const translation = emergency(
  'mt',
  'en',
  'The government has decreed three days of national mourning.',
  undated('2016-03-23'),
  ['mourning'],
  '~government',
);

const documents = (events: ReturnType<typeof mergeCandidates>) =>
  events.map((e) => e.sources.map((s) => s.document).sort());

describe('national mourning is one declaration in a story', () => {
  it.each<[string, EventCandidate[], string[][]]>([
    [
      '“Die Regierung rief eine dreitägige Staatstrauer aus.” is the mourning the VRT dates to Tuesday',
      [faz, vrt],
      [['faz', 'vrt']],
    ],
    [
      '“The government has decreed three days of national mourning.” is the mourning AP dates to Tuesday',
      [translation, ap],
      [['ap', 'mt']],
    ],
    [
      'the four outlets’ reports of the same days are one',
      [faz, vrt, ap, translation],
      [['ap', 'faz', 'mt', 'vrt']],
    ],
  ])('%s', (_, candidates, expected) => {
    expect(documents(mergeCandidates(candidates))).toEqual(expected);
  });

  it('an undated state of emergency is no report of the mourning declared that day', () => {
    const state = emergency(
      'faz',
      'de',
      'Die Regierung rief den Ausnahmezustand aus.',
      undated('2016-03-22'),
      [],
      '~regierung',
    );
    expect(documents(mergeCandidates([state, vrt]))).toEqual([['faz'], ['vrt']]);
  });
});
