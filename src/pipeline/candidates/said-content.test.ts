import { describe, expect, it } from 'vitest';
import { spokenOfSpans } from './said-content.ts';

/** The words of `text` inside the spans that tell what its saying (verb `verb`) said or to whom. */
function spokenOf(text: string, lang: string, verb: string, speakerBefore: boolean): string[] {
  return spokenOfSpans(text, lang, text.indexOf(verb), speakerBefore).map(([from, to]) =>
    text.slice(from, to),
  );
}

const inside = (spans: readonly string[], words: string) => spans.some((s) => s.includes(words));

describe('what a saying tells, and whom it appeals to', () => {
  it.each<[string, string, string, boolean, string, string]>([
    [
      'en',
      'US Secretary of State Antony Blinken also said at a news conference on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan.',
      'said',
      true,
      'Russian soldiers traveling to Kazakhstan',
      'Antony Blinken',
    ],
    [
      'en',
      'At a news conference on Friday, US Secretary of State Anthony Blinken said the United States “wants to know more” about the Russian troops’ trip to Kazakhstan.',
      'said',
      true,
      'the Russian troops',
      'Anthony Blinken',
    ],
    [
      'en',
      '“It seems to me that the Kazakh authorities and government themselves have the capacity to deal with this type of protest in a reasonable way,” he said.',
      'said',
      true,
      'the Kazakh authorities',
      'he said',
    ],
    [
      'en',
      'He urged the foreign troops and the Kazakh authorities to abide by international human rights standards.',
      'urged',
      true,
      'the Kazakh authorities',
      'He urged',
    ],
    [
      'nl',
      'De Amerikaanse minister van Buitenlandse Zaken Antony Blinken zei vrijdag tijdens een persconferentie ook dat de Verenigde Staten „meer te weten willen komen” over het afreizen van Russische soldaten naar Kazachstan.',
      'zei',
      true,
      'Russische soldaten',
      'Antony Blinken',
    ],
    [
      'nl',
      'Vrijdag zei Blinken dat de Kazachstaanse autoriteiten zelf de capaciteit hebben om met de protesten om te gaan.',
      'zei',
      false,
      'Kazachstaanse autoriteiten',
      'Blinken',
    ],
    [
      'de',
      'Am Freitag sagte Blinken, dass die kasachischen Behörden selbst mit den Protesten umgehen könnten.',
      'sagte',
      false,
      'kasachischen Behörden',
      'Blinken',
    ],
    [
      'de',
      'Er forderte die ausländischen Truppen und die kasachischen Behörden auf, die Menschenrechte zu achten.',
      'forderte',
      true,
      'die kasachischen Behörden',
      'Er forderte',
    ],
  ])(
    '[%s] “%s”, told by “%s”, speaks of or to others than its speaker',
    (lang, text, verb, before, spoken, speaker) => {
      const spans = spokenOf(text, lang, verb, before);
      expect(inside(spans, spoken)).toBe(true);
      expect(inside(spans, speaker)).toBe(false);
    },
  );

  it('tells no tale after a verb that is no saying: the one congratulated is the object, no one spoken of', () => {
    const text = 'Russian President Vladimir Putin congratulated Alexander Lukashenko on his re-election.';
    expect(inside(spokenOf(text, 'en', 'congratulated', true), 'Lukashenko')).toBe(false);
  });
});
