import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { inTrailingParticiple } from './trailing-participle.ts';

const at = (text: string, word: string) => mentionIn(text, word, 'place');

describe('inTrailingParticiple', () => {
  it.each([
    [
      'Yoon declared emergency martial law late on Tuesday, accusing the opposition of sympathising with North Korea.',
      'declared',
      'North Korea',
      true,
    ],
    [
      'Yoon lifted martial law early on Wednesday, plunging Asia’s fourth-largest economy into turmoil.',
      'lifted',
      'Asia',
      true,
    ],
    ['A bomb exploded at a market, killing 10 people in Kabul.', 'exploded', 'Kabul', false],
    ['Protests spread across the country, including Almaty.', 'Protests', 'Almaty', false],
    ['Police arrested 11 people in Moscow, saying four were gunmen.', 'arrested', 'Moscow', false],
    [
      'The president had visited the flooded region on Thursday and accused Russia of leaving the residents to their fate.',
      'visited',
      'Russia',
      true,
    ],
    [
      'De president bezocht donderdag het rampgebied en beschuldigde Rusland van oorlogsmisdaden.',
      'bezocht',
      'Rusland',
      true,
    ],
    [
      'Der Präsident besuchte am Donnerstag das Flutgebiet und warf Russland Terror vor.',
      'besuchte',
      'Russland',
      true,
    ],
    ['The president visited Kherson on Thursday and met rescue workers.', 'visited', 'Kherson', false],
  ])('"%s": the place after "%s", %s, is only spoken of: %s', (text, trigger, place, spoken) => {
    expect(inTrailingParticiple(text, at(text, place), text.indexOf(trigger))).toBe(spoken);
  });
});
