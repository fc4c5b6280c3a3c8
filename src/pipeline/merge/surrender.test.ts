/**
 * A suspect who gave himself up and a teenager the police arrested the same Saturday are two
 * people, so two events; the suspect's surrender told by two outlets, or his arrest told without
 * a description, is one.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { candidatesOfSentence, day } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';

/** An evening ("EV") or a night ("NI", running into the next day) of `date`. */
function partOfDay(date: string, part: 'EV' | 'NI', text: string): When {
  const end =
    part === 'NI' ? `${date.slice(0, 8)}${String(Number(date.slice(8)) + 1).padStart(2, '0')}` : date;
  return { start: date, end, precision: 'part-of-day', value: `${date}T${part}`, confidence: 0.85, text };
}

function arrest(document: string, lang: string, text: string, when: When): EventCandidate {
  const found = candidatesOfSentence(lang, { text, times: [when] }).find((c) => c.kind === 'arrest');
  if (!found) throw new Error(`no arrest in "${text}"`);
  return { ...found, document };
}

const teenager = arrest(
  'tagesschau',
  'de',
  'Am Samstag nahm die Polizei einen 15-Jährigen fest.',
  day('2024-08-24', 'Am Samstag'),
);
const spiegel = arrest(
  'spiegel',
  'de',
  'Der Mann hatte sich in der Nacht zum Sonntag einer Polizeistreife gestellt.',
  partOfDay('2024-08-24', 'NI', 'in der Nacht zum Sonntag'),
);
const nos = arrest(
  'nos',
  'nl',
  'De vermoedelijke dader heeft zichzelf gisteravond laat bij de politie gemeld.',
  partOfDay('2024-08-24', 'EV', 'gisteravond'),
);
const police = arrest(
  'ap',
  'en',
  'Police arrested the suspect on Saturday.',
  day('2024-08-24', 'on Saturday'),
);

describe('a teenager arrested and the suspect who turned himself in', () => {
  it.each<[string, EventCandidate[], string[][]]>([
    ['the teenager and the suspect are two', [teenager, spiegel, nos], [['nos', 'spiegel'], ['tagesschau']]],
    [
      "the suspect's surrender and his arrest, told without description, are one",
      [spiegel, police],
      [['ap', 'spiegel']],
    ],
  ])('%s', (_name, candidates, expected) => {
    const groups = mergeCandidates(candidates)
      .map((e) => [...new Set(e.sources.map((s) => s.document))].sort())
      .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    expect(groups).toEqual(expected);
  });
});
