/**
 * A count of the dead, injured or missing that someone gives on a day ("the death toll rose to 158
 * on Thursday", "confirmed 51 deaths", "said on Friday that 27 bodies had been recovered") is a
 * running tally: the merge joins it to the deaths it counts and dates those by their own day. So is
 * a count in a relative clause on the happening ("the rail disaster, which killed at least 46").
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

function tallies(lang: string, text: string, phrase: string) {
  return candidatesOfSentence(lang, { text, times: [day('2024-10-31', phrase)] })
    .filter((c) => c.kind === 'death' || c.kind === 'injury')
    .map((c) => `${c.kind} ${c.figures.map((f) => f.value).join('/')}${c.tally ? ' tally' : ''}`);
}

describe('which counts of the dead are tallies given on their day', () => {
  it.each<[string, string, string, string[]]>([
    [
      'en',
      'The death toll from the flash floods in eastern Spain rose to 158 on Thursday.',
      'on Thursday',
      ['death 158 tally'],
    ],
    [
      'nl',
      'In de regio is het dodental donderdag opgelopen tot 158, meldde de regering.',
      'donderdag',
      ['death 158 tally'],
    ],
    ['de', 'Die Zahl der Toten ist am Donnerstag auf 158 gestiegen.', 'am Donnerstag', ['death 158 tally']],
    [
      'en',
      'On Thursday morning, emergency services confirmed 51 deaths.',
      'On Thursday morning',
      ['death 51 tally'],
    ],
    ['en', 'The number of dead has risen to 139 on Thursday.', 'on Thursday', ['death 139 tally']],
    [
      'en',
      'The number of people killed in the attack rose to 115 on Thursday, investigators said.',
      'on Thursday',
      ['death 115 tally'],
    ],
    [
      'en',
      'The coastguard said on Thursday that 27 bodies had been recovered.',
      'on Thursday',
      ['death 27 tally'],
    ],
    ['en', 'The number of people injured rose to 40 on Thursday.', 'on Thursday', ['injury 40 tally']],
    ['en', 'At least 62 people died in Paiporta on Thursday.', 'on Thursday', ['death 62']],
    ['en', 'A gunman killed 12 people on Thursday, police said.', 'on Thursday', ['death 12']],
    [
      'en',
      'Sánchez said Thursday he will send 5,000 more soldiers to Valencia, where floods have killed at least 211 people.',
      'Thursday',
      ['death 211 tally'],
    ],
    [
      'en',
      'Crowds threw mud at the king on Thursday in Paiporta, the town worst hit by the floods that have killed at least 217 people.',
      'on Thursday',
      ['death 217 tally'],
    ],
    [
      'en',
      "Greek rail workers walked off the job Thursday and protesters clashed with police in Athens for a second night, as anger mounted over the country's deadliest rail disaster, which killed at least 46 people.",
      'Thursday',
      ['death 46 tally'],
    ],
    [
      'nl',
      'Het spoorwegpersoneel legt donderdag het werk neer uit protest tegen de treinramp bij Larissa, waarbij zeker 43 mensen om het leven kwamen.',
      'donderdag',
      ['death 43 tally'],
    ],
    [
      'de',
      'Am Donnerstag streikten die Eisenbahner wegen des Zugunglücks bei Larissa, bei dem mindestens 46 Menschen ums Leben kamen.',
      'Am Donnerstag',
      ['death 46 tally'],
    ],
    [
      'en',
      'A passenger train collided head-on with a freight train near Larissa on Tuesday, killing at least 36 people and injuring 85, officials said.',
      'on Tuesday',
      ['death 36', 'injury 85'],
    ],
  ])('[%s] “%s” → %j', (lang, text, phrase, expected) => {
    expect(tallies(lang, text, phrase)).toEqual(expected);
  });
});

describe('what killed the dead of a count given on a day lies before that day', () => {
  it.each<[string, string, string, boolean]>([
    [
      'en',
      'Flash floods triggered by torrential rain in eastern Spain have killed at least 95 people, emergency services said on Thursday.',
      'on Thursday',
      true,
    ],
    [
      'en',
      'Flash floods swept through towns south of Valencia on Thursday, killing 95 people.',
      'on Thursday',
      false,
    ],
  ])('[%s] “%s”: the floods are dated by the count (%s)', (lang, text, phrase, counted) => {
    const floods = candidatesOfSentence(lang, { text, times: [day('2024-10-31', phrase)] }).filter(
      (c) => c.kind === 'disaster',
    );
    expect(floods.map((c) => c.tally === true)).toEqual([counted]);
  });
});
