/**
 * A leader arrested on Wednesday, held for seven days by a judge on Thursday and remanded for 18
 * months a week later: three steps, three events. A remand is no arrest told again (the lexicon's
 * "custody-ordered" topic puts it in a group of its own), and one person befallen on days the
 * sentences themselves set apart is no evidence that they tell one happening.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { candidatesOfSentence, day, type MentionSpec } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';

const CASTILLO: MentionSpec = ['Castillo', 'unknown', 'name:pedro-castillo'];

function held(document: string, lang: string, text: string, when: When): EventCandidate {
  const found = candidatesOfSentence(lang, { text, times: [when], mentions: [CASTILLO] }).find(
    (c) => c.kind === 'arrest',
  );
  if (!found) throw new Error(`no arrest in "${text}"`);
  return { ...found, document };
}

const reuters = held(
  'reuters',
  'en',
  'Castillo was detained on Wednesday in his car in central Lima.',
  day('2022-12-07', 'on Wednesday'),
);
const nosArrest = held(
  'nos',
  'nl',
  'Castillo werd woensdag op weg naar de Mexicaanse ambassade opgepakt.',
  day('2022-12-07', 'woensdag'),
);
const nosRemand = held(
  'nos',
  'nl',
  'Een rechter bepaalde donderdag dat Castillo zeven dagen in voorlopige hechtenis blijft.',
  day('2022-12-08', 'donderdag'),
);
const tagesschau = held(
  'tagesschau',
  'de',
  'Ein Richter ordnete am Donnerstag 18 Monate Untersuchungshaft für Castillo an.',
  day('2022-12-15', 'am Donnerstag'),
);

describe('the arrest of a leader and the remands after it', () => {
  it('are three events: the arrest both outlets tell, the remand of a week, the remand of 18 months', () => {
    const events = mergeCandidates([reuters, nosArrest, nosRemand, tagesschau]);
    const told = events
      .map((e) => [e.when.start.slice(0, 10), e.title, e.sources.map((s) => s.document).sort()])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(told).toEqual([
      ['2022-12-07', 'Castillo arrested', ['nos', 'reuters']],
      ['2022-12-08', 'Suspect remanded in custody', ['nos']],
      ['2022-12-15', 'Suspect remanded in custody', ['tagesschau']],
    ]);
  });
});
