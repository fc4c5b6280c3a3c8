/**
 * A sentence that opens with a quotation and names its speaker after it is a saying of that
 * speaker's, which the merge cites in their statement of that day (merge/quotations.ts); a
 * quotation with no one named after it, or a saying inside it, is no one's.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, type MentionSpec } from './test-helpers.ts';

function statements(
  lang: string,
  first: string,
  firstNames: MentionSpec[],
  quote: string,
  names: MentionSpec[],
) {
  const doc = article('doc', lang, [
    { text: first, mentions: firstNames, paragraph: 'p1' },
    { text: quote, mentions: names, paragraph: 'p1' },
  ]);
  return extractCandidates(doc)
    .filter((c) => c.sentence.text === quote && c.kind === 'statement')
    .map((c) => c.title);
}

const SCHOLZ: MentionSpec = ['Scholz', 'unknown', 'name:olaf-scholz'];
const LUND: MentionSpec = ['Bjorn Lund', 'unknown', 'name:bjorn-lund'];
const MICHEL: MentionSpec = ['Michel', 'unknown', 'name:charles-michel'];
const MACRON: MentionSpec = ['Macron', 'unknown', 'name:emmanuel-macron'];

describe('a quotation that opens the sentence', () => {
  it.each<[string, string, string, MentionSpec[], string, MentionSpec[], string[]]>([
    [
      'a named speaker after the quotation makes the statement',
      'en',
      'The Swedish National Seismic Network recorded a first blast of magnitude 2.1 south-east of Bornholm.',
      [],
      '"There is no doubt that these were explosions," seismologist Bjorn Lund said.',
      [LUND],
      ['Bjorn Lund makes a statement'],
    ],
    [
      'a German quotation names its speaker after it',
      'de',
      'Der belgische Premierminister Charles Michel sprach von "blinden, gewalttätigen und feigen" Anschlägen.',
      [MICHEL],
      '"Wir sind vereint in Solidarität", sagte Michel.',
      [MICHEL],
      ['Charles Michel makes a statement'],
    ],
    [
      'a Dutch "zei hij" stands for the person named before, not the "er" inside the quotation',
      'nl',
      'Macron liep door de zwaar getroffen wijk Gemmayzeh, waar inwoners hem om hulp smeekten.',
      [MACRON],
      '"Libanon staat er niet alleen voor", zei hij.',
      [],
      ['Emmanuel Macron makes a statement'],
    ],
    [
      'a resident nobody names is a voice, not a statement',
      'en',
      'Fighting went on in the capital.',
      [],
      '"The situation is terrible, we are stuck in our houses without electricity and water," said a resident of the district.',
      [],
      [],
    ],
    [
      'a speaker named only inside the quotation says nothing',
      'en',
      'Survivors searched the rubble with their hands.',
      [],
      '"We have not seen anyone from Scholz," one man said.',
      [SCHOLZ],
      [],
    ],
  ])('%s', (_name, lang, first, firstNames, quote, names, expected) => {
    expect(statements(lang, first, firstNames, quote, names)).toEqual(expected);
  });
});
