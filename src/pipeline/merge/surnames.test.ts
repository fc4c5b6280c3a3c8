/** A person named by surname alone in one report and in full in another is one actor. */
import { describe, expect, it } from 'vitest';
import type { MentionSpec } from '../candidates/test-helpers.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';
import { unifyTransliterations } from './transliterations.ts';

function statement(
  document: string,
  language: string,
  text: string,
  said: string,
  mentions: MentionSpec[],
  actor: string,
  index: number,
) {
  const when = day('2023-07-24', said);
  return testCandidate(sentence({ text, times: [when], mentions }, index), when, {
    document,
    language,
    actors: [actor],
    agent: actor,
    kind: 'statement',
    title: `${mentions[0]?.[0] ?? ''} makes a statement`,
  });
}

const full = statement(
  'paper',
  'en',
  'Speaking in parliament today, the prime minister, Kyriakos Mitsotakis, said the country was at war with the flames.',
  'today',
  [['Kyriakos Mitsotakis', 'unknown', 'name:kyriakos-mitsotakis']],
  'name:kyriakos-mitsotakis',
  0,
);
const surnameLinked = statement(
  'paper',
  'en',
  'Mr Mitsotakis said today the evacuation had been carried out without a single casualty.',
  'today',
  [['Mitsotakis', 'unknown', 'name:kyriakos-mitsotakis']],
  'name:kyriakos-mitsotakis',
  1,
);
const dutch = statement(
  'nos',
  'nl',
  'Premier Mitsotakis zei vandaag in het parlement dat het land in oorlog is met de branden.',
  'vandaag',
  [['Mitsotakis', 'unknown', 'name:mitsotakis']],
  'name:mitsotakis',
  0,
);

describe('a surname alone and the full name it stands for', () => {
  it('the Dutch “Premier Mitsotakis” is the Kyriakos Mitsotakis the English report names', () => {
    const [, , nl] = unifyTransliterations([full, surnameLinked, dutch]);
    expect(nl?.actors).toEqual(['name:kyriakos-mitsotakis']);
    expect(nl?.title).toBe('Kyriakos Mitsotakis makes a statement');
  });

  it('the statement on the same day told in both is one event, once a report writes the surname alone for the full name', () => {
    expect(mergeCandidates([full, dutch])).toHaveLength(2);
    const events = mergeCandidates([full, surnameLinked, dutch]);
    expect(events.find((e) => e.sources.some((s) => s.document === 'nos'))?.sources).toHaveLength(2);
  });

  it('a surname two people of the corpus share is left alone', () => {
    const other = statement(
      'wire',
      'en',
      'Today Konstantinos Mitsotakis said so too, and Mitsotakis repeated it.',
      'Today',
      [
        ['Konstantinos Mitsotakis', 'unknown', 'name:konstantinos-mitsotakis'],
        ['Mitsotakis', 'unknown', 'name:konstantinos-mitsotakis'],
      ],
      'name:konstantinos-mitsotakis',
      0,
    );
    const [, , nl] = unifyTransliterations([full, surnameLinked, dutch, other]);
    expect(nl?.actors).toEqual(['name:mitsotakis']);
  });

  it('a company named after a trade word is no surname: “Reiseveranstalter TUI” does not take “TUI”', () => {
    const tui = statement(
      'dpa',
      'de',
      'Der Reiseveranstalter TUI teilte am Sonntag mit, alle Flüge seien abgesagt.',
      'am Sonntag',
      [['Reiseveranstalter TUI', 'unknown', 'name:reiseveranstalter-tui']],
      'name:reiseveranstalter-tui',
      0,
    );
    const bare = statement(
      'wire',
      'en',
      'TUI said today it had cancelled all flights.',
      'today',
      [['TUI', 'unknown', 'name:tui']],
      'name:tui',
      1,
    );
    expect(unifyTransliterations([tui, bare])[1]?.actors).toEqual(['name:tui']);
  });
});
