import { addedMeasure } from './increments.ts';

/** Count nouns of people. */
const HUMAN = new Set([
  'people',
  'protesters',
  'arrests',
  'police and soldiers',
  'workers',
  'troops',
  'passengers',
  'occupants',
  'prisoners',
  'hostages',
  'firefighters',
  'attackers',
]);

/** Count nouns of a group of people apart from people at large: "police and soldiers", "troops". */
export const GROUPS: ReadonlySet<string> = new Set(
  [...HUMAN].filter((noun) => noun !== 'people' && noun !== 'arrests'),
);

/**
 * Those who did the deed are counted apart from everyone it befell: "11 people detained, including
 * the four gunmen" tells two counts, not two accounts of one.
 */
const DOERS = new Set(['attackers']);

/** What a count of people comes to in a happening of each kind: "people" in an arrest are "people arrested". */
const BEFALLEN: Record<string, string> = {
  death: 'killed',
  injury: 'injured',
  missing: 'missing',
  rescue: 'rescued',
};

/** What a count measures in an event of this kind: "people" in an arrest is "people arrested". */
export function measure(kind: string, noun: string): string {
  const befallen = kind === 'arrest' ? 'arrested' : BEFALLEN[kind];
  if (befallen && DOERS.has(noun)) return `${noun} ${befallen}`;
  if (kind === 'arrest' && HUMAN.has(noun)) return 'people arrested';
  // "the bodies of two workers were recovered": a count of the dead found, no toll of that day.
  if (kind === 'recovery' && HUMAN.has(noun)) return 'bodies recovered';
  if (befallen && HUMAN.has(noun)) return `${noun === 'arrests' ? 'people' : noun} ${befallen}`;
  if (kind === 'protest' && (noun === 'people' || noun === 'protesters')) return 'protesters';
  return noun;
}

/** What a figure measures in an event of this kind, an addition to a tally marked as such. */
export function figureMeasure(kind: string, f: { noun: string; more?: true }): string {
  const m = measure(kind, f.noun);
  return f.more ? addedMeasure(m) : m;
}
