/**
 * Kazakhstan, January 2022: "Almaty, which has been rioting for days" tells the unrest going on up
 * to the report, not the storming of government buildings told "this week": riots told as lasting
 * for days (lexicon concept "for-days", riot `apartIf`) are another event than one riot of theirs.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { candidatesOfSentence, type SentenceSpec, week } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

const ALMATY: [string, 'place', string] = ['Almaty', 'place', 'almaty'];

function riot(document: string, lang: string, spec: SentenceSpec): EventCandidate {
  const found = candidatesOfSentence(lang, spec).find((c) => c.kind === 'riot');
  if (!found) throw new Error(`no riot in "${spec.text}"`);
  return { ...found, document };
}

const storming = riot('spiegel', 'en', {
  text: "Massimov was sacked as head of the KNB this week after demonstrators stormed government buildings in Kazakhstan's largest city, Almaty.",
  times: [week('2022-01-03', '2022-01-08', '2022-W01', 'this week')],
  mentions: [
    ['Massimov', 'actor', 'massimov'],
    ['KNB', 'actor', 'knb'],
    ['Kazakhstan', 'place', 'kazakhstan'],
    ALMATY,
  ],
});
const burning = riot('nos', 'en', {
  text: 'In the city of Almaty, large-scale riots broke out against the government, burning government buildings and looting shops.',
  mentions: [ALMATY],
});

describe('riots told as going on for days', () => {
  it.each<[string, string, SentenceSpec]>([
    [
      'the clashes "for days" are not the storming',
      'en',
      {
        text: 'The Central Asian country has been rocking unprecedented clashes between demonstrators and security forces for days.',
      },
    ],
    [
      'Almaty "which has been rioting for days" is not the storming',
      'en',
      {
        text: 'Most recently, the operations focused on the metropolis of Almaty, which has been rioting for days.',
        mentions: [ALMATY],
      },
    ],
    [
      'Dutch "al dagen rellen" is not the storming',
      'nl',
      { text: 'In Almaty zijn al dagen rellen tussen betogers en veiligheidstroepen.', mentions: [ALMATY] },
    ],
    [
      'German "seit Tagen Krawalle" is not the storming',
      'de',
      { text: 'In Almaty gibt es seit Tagen Krawalle.', mentions: [ALMATY] },
    ],
  ])('%s', (_name, lang, spec) => {
    const days = riot('other', lang, spec);
    const events = mergeCandidates([storming, burning, days]);
    const of = (words: string) => events.find((e) => e.sources.some((s) => s.sentence.includes(words)));
    expect(of('demonstrators stormed government buildings')).toBe(of('large-scale riots broke out'));
    expect(of(spec.text)).not.toBe(of('demonstrators stormed government buildings'));
  });
});
