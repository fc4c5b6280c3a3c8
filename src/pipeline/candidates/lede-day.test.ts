import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, type SentenceSpec } from './test-helpers.ts';

const THURSDAY_EVENING = {
  start: '2021-08-26',
  end: '2021-08-26',
  precision: 'part-of-day' as const,
  value: '2021-08-26TEV',
  confidence: 0.85,
};

/** The days of the candidates of the lede's sentence. */
function ledeDays(lang: string, lede: string, next: SentenceSpec): string[] {
  const doc = article(
    'doc',
    lang,
    [
      { text: lede, paragraph: 'p1' },
      { ...next, paragraph: 'p2' },
    ],
    '2021-08-27',
  );
  return extractCandidates(doc)
    .filter((c) => c.sentence.paragraph === 'p1')
    .map((c) => c.when.value);
}

describe('an undated lede takes the day the next paragraph gives the deadly happening it named', () => {
  it('dates NOS’s 170 dead “bij de zelfmoordaanslag” to the attack “gisteravond”', () => {
    const days = ledeDays(
      'nl',
      'Bij de zelfmoordaanslag bij het vliegveld van Kabul zijn zeker 170 mensen om het leven gekomen.',
      {
        text: 'De aanslag werd gisteravond gepleegd bij de Abbey Gate.',
        times: [{ ...THURSDAY_EVENING, text: 'gisteravond' }],
      },
    );
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days)).toEqual(new Set(['2021-08-26TEV']));
  });

  it('dates tagesschau’s dead “bei einem Selbstmordanschlag” to the bomber of “Donnerstagabend”', () => {
    const days = ledeDays(
      'de',
      'Bei einem Selbstmordanschlag am Flughafen von Kabul sind mindestens 60 Menschen getötet worden.',
      {
        text: 'Ein Attentäter hatte sich am Donnerstagabend in die Luft gesprengt.',
        times: [{ ...THURSDAY_EVENING, text: 'Donnerstagabend' }],
      },
    );
    expect(new Set(days)).toEqual(new Set(['2021-08-26TEV']));
  });

  it('leaves a lede’s ceasefire undated by another ceasefire the rebels “had already announced”', () => {
    const days = ledeDays('en', 'The military junta in Myanmar has declared a temporary ceasefire.', {
      text: 'The alliance of three rebel groups had already announced a ceasefire on Tuesday.',
      times: [{ ...THURSDAY_EVENING, value: '2021-08-24', precision: 'day', text: 'Tuesday' }],
    });
    expect(days).toEqual(['PAST_REF']);
  });
});
