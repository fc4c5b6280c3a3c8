import { describe, expect, it } from 'vitest';
import { attributiveDate } from './attributive-date.ts';

/** The span of `words` in `text`, as a time expression found there. */
function at(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
}

describe('a written date between "the" and a noun names that noun’s day', () => {
  it.each<[string, string, string, boolean]>([
    [
      'AP’s “over the Sept. 20 protests” names the protests’ day, not the jailing’s',
      'Late Monday, National Court judge Carmen Lamela ordered Jordi Sanchez of the Catalan National Assembly and Jordi Cuixart of Omnium Cultural jailed without bail while they are investigated for sedition over the Sept. 20 protests.',
      'Sept. 20',
      true,
    ],
    [
      '“the Oct. 1 referendum” names the referendum’s day',
      'Rajoy has said the Oct. 1 referendum was illegal.',
      'Oct. 1',
      true,
    ],
    [
      '“since the 2008 financial crisis” is a baseline the failure is measured against, read by its own rules',
      'California regulators shut down Silicon Valley Bank on Friday, in the largest U.S. bank failure since the 2008 financial crisis.',
      '2008',
      false,
    ],
    [
      '“on Oct. 6” with no article dates the sentence',
      'On Oct. 6, Madrid’s top official in Catalonia, Enric Millo, apologized to people injured on Oct. 1.',
      'Oct. 6',
      false,
    ],
    [
      '“the 1 October:” with no noun after it names no noun’s day',
      'Enric Millo had for the first time apologized for the injured of the 1 October: "When I see these images."',
      '1 October',
      false,
    ],
    [
      '“the Monday” with no digits names no noun’s day',
      'Police said the Monday protests were peaceful.',
      'Monday',
      false,
    ],
    [
      '“the 22 July attacks”, the article read into the date, names the attacks’ day, not the burials’',
      "Norway began burying the victims of the 22 July attacks on Friday, exactly one week after Anders Behring Breivik set off a car bomb in Oslo's government quarter.",
      'the 22 July',
      true,
    ],
    [
      '“since the 2008 financial crisis”, the article read into the date, is still a baseline',
      'It is the largest U.S. bank failure since the 2008 financial crisis.',
      'the 2008',
      false,
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(attributiveDate(at(text, words), text)).toBe(expected);
  });
});
