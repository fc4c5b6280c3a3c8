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
    [
      "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people and injuring 732, the country's military government said, and brought down a high-rise building under construction in the Thai capital Bangkok.",
      'killing',
      'Bangkok',
      true,
    ],
    [
      'Een zware aardbeving trof vrijdag Myanmar, waarbij zeker 144 mensen omkwamen, meldde de junta, en bracht een toren in aanbouw in Bangkok ten val.',
      'omkwamen',
      'Bangkok',
      true,
    ],
    [
      'Ein schweres Erdbeben erschütterte am Freitag Myanmar und tötete mindestens 144 Menschen, teilte die Junta mit, und brachte in Bangkok ein Hochhaus zum Einsturz.',
      'tötete',
      'Bangkok',
      true,
    ],
    [
      'The quake killed at least 144 people, officials said, most of them in Mandalay.',
      'killed',
      'Mandalay',
      false,
    ],
  ])('"%s": the place after "%s", %s, is only spoken of: %s', (text, trigger, place, spoken) => {
    expect(inTrailingParticiple(text, at(text, place), text.indexOf(trigger))).toBe(spoken);
  });
});
