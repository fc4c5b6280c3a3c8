/** A call for protests or a strike is a call, not the protest or strike it calls for. */
import { describe, expect, it } from 'vitest';
import { article, day, type MentionSpec, type SentenceSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

/** Published on Wednesday 12 March 2025. */
const PUBLISHED = '2025-03-12';

function eventsOf(lang: string, spec: SentenceSpec): string[] {
  return extractCandidates(article('doc', lang, [spec], PUBLISHED)).map(
    (c) => `${c.kind}: ${c.title} @ ${c.when.precision === 'day' ? c.when.start : c.when.precision}`,
  );
}

const odinga: MentionSpec[] = [['Raila Odinga', 'actor', 'name:raila-odinga']];

describe('a call for a happening is a call of its own, dated by when it was made', () => {
  it.each<[string, string, SentenceSpec, string[]]>([
    [
      'an opposition leader who "called for nationwide protests on Saturday" calls for protests; Saturday is the protests\' day, so the call only lies before publication',
      'en',
      {
        text: 'Raila Odinga called for nationwide protests on Saturday.',
        times: [day('2025-03-08', 'Saturday')],
        mentions: odinga,
      },
      ['call: Raila Odinga calls for protests @ before-publication'],
    ],
    [
      'unions who "urged members to strike on Monday" call for a strike',
      'en',
      { text: 'Unions urged members to strike on Monday.', times: [day('2025-03-17', 'Monday')] },
      ['call: Call for a strike @ before-publication'],
    ],
    [
      'church leaders who "appealed to people to stay at home" call on people to stay at home',
      'en',
      { text: 'Church leaders appealed to people to stay at home and avoid violence.' },
      ['call: Call to stay at home @ before-publication'],
    ],
    [
      'the opposition that "had called for the protests on Wednesday" made its call on Wednesday',
      'en',
      {
        text: 'The opposition had called for the protests on Wednesday after the vote.',
        times: [day('2025-03-12', 'Wednesday')],
      },
      ['call: Call for protests @ 2025-03-12'],
    ],
    [
      'a call made "after Sunday\'s election" is not dated to the election',
      'en',
      {
        text: "Raila Odinga called for protests after Sunday's presidential election.",
        times: [day('2025-03-09', 'Sunday')],
        mentions: odinga,
      },
      ['call: Raila Odinga calls for protests @ before-publication'],
    ],
    [
      'a Dutch "riep woensdag op tot demonstraties op zaterdag" is a call made on Wednesday',
      'nl',
      {
        text: 'De oppositie riep woensdag op tot demonstraties op zaterdag.',
        times: [day('2025-03-12', 'woensdag'), day('2025-03-15', 'zaterdag')],
      },
      ['call: Call for protests @ 2025-03-12'],
    ],
    [
      'Dutch unions that "riepen hun leden op om maandag te staken" call for a strike',
      'nl',
      {
        text: 'De vakbonden riepen hun leden op om maandag te staken.',
        times: [day('2025-03-10', 'maandag')],
      },
      ['call: Call for a strike @ before-publication'],
    ],
    [
      'a German "rief am Mittwoch für Samstag zu Protesten auf" is a call made on Wednesday',
      'de',
      {
        text: 'Die Opposition rief am Mittwoch für Samstag zu Protesten im ganzen Land auf.',
        times: [day('2025-03-12', 'Mittwoch'), day('2025-03-15', 'Samstag')],
      },
      ['call: Call for protests @ 2025-03-12'],
    ],
    [
      'German unions that "forderten ihre Mitglieder auf, am Montag zu streiken" call for a strike',
      'de',
      {
        text: 'Die Gewerkschaften forderten ihre Mitglieder auf, am Montag zu streiken.',
        times: [day('2025-03-10', 'Montag')],
      },
      ['call: Call for a strike @ before-publication'],
    ],
    [
      'German unions that "hatten zu dem Ausstand aufgerufen" called for a strike, which they did not hold then',
      'de',
      { text: 'Die Gewerkschaften hatten zu dem 24-stündigen Ausstand aufgerufen.' },
      ['call: Call for a strike @ before-publication'],
    ],
  ])('%s', (_name, lang, spec, expected) => {
    expect(eventsOf(lang, spec)).toEqual(expected);
  });
});

describe('what is no call for protests stays what it was', () => {
  it('thousands who "protested on Saturday" protest on Saturday', () => {
    const spec = {
      text: 'Thousands protested on Saturday in the capital.',
      times: [day('2025-03-08', 'Saturday')],
    };
    expect(eventsOf('en', spec)).toEqual(['protest: Thousands of people protest @ 2025-03-08']);
  });

  it.each<[string, SentenceSpec]>([
    [
      'a leader who "called for calm during protests" calls for no protests',
      { text: 'Raila Odinga called for calm during protests in the capital.', mentions: odinga },
    ],
    [
      'a leader who "urged the government to strike a deal" calls for no strike',
      { text: 'Raila Odinga urged the government to strike a deal with the unions.', mentions: odinga },
    ],
    [
      'a leader who "called for an end to the protests" calls for none',
      { text: 'Raila Odinga called for an end to the protests.', mentions: odinga },
    ],
  ])('%s', (_name, spec) => {
    expect(eventsOf('en', spec).filter((e) => e.startsWith('call'))).toEqual([]);
  });
});
