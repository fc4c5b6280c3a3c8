import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** The mention written as `text` anywhere in the document. */
function mentionIn(language: string, sentences: string[], text: string) {
  return mentionsOf(stage, language, sentences)
    .map((list) => findMention(list, text))
    .find((m) => m !== undefined);
}

describe('a garbled name right after a title is the leader the document names elsewhere', () => {
  it.each([
    [
      'en',
      [
        'President Mature said on Monday in Caracas that the vote was fair.',
        'Nicolás Maduro was sworn in for a third term in Venezuela.',
      ],
      'Mature',
      'maduro',
    ],
    [
      'nl',
      [
        'De Oekraïense president Zelenko sprak maandag het parlement toe.',
        'Zelensky vroeg om meer luchtafweer.',
      ],
      'Zelenko',
      'zelensky',
    ],
    [
      'de',
      [
        'Der israelische Ministerpräsident Netanel hat den Angriff verurteilt.',
        'Netanjahu kündigte Vergeltung an.',
      ],
      'Netanel',
      'netanyahu',
    ],
    // Japan had two prime ministers in turn; the document names only the one in office.
    [
      'en',
      [
        'Japanese Prime Minister Stone said on Tuesday that Japan would respond.',
        'Shigeru Ishiba took office on October 1.',
      ],
      'Stone',
      'ishiba',
    ],
    [
      'de',
      [
        'Der japanische Ministerpräsident Stein sagte am Dienstag, Japan werde reagieren.',
        'Shigeru Ishiba trat am 1. Oktober sein Amt an.',
      ],
      'Stein',
      'ishiba',
    ],
  ])('in %s, %j reads "%s" as %s', (language, sentences, text, id) => {
    expect(mentionIn(language, sentences, text)).toMatchObject({ kind: 'actor', id });
  });
});

describe('Dutch and German spellings of leaders are the same person', () => {
  it.each([
    ['de', 'Der ukrainische Präsident Selenskyj reiste nach Berlin.', 'Selenskyj', 'zelensky'],
    ['nl', 'Zelenski bedankte Nederland voor de steun.', 'Zelenski', 'zelensky'],
    ['nl', 'Premier Netanjahoe zei dat Israël zal reageren.', 'Netanjahoe', 'netanyahu'],
    ['de', 'Ministerpräsident Netanjahu sprach in Jerusalem.', 'Netanjahu', 'netanyahu'],
    ['de', 'Irans oberster Führer Ali Chamenei drohte mit Vergeltung.', 'Ali Chamenei', 'khamenei'],
    ['de', 'Präsident Peseschkian reiste nach Moskau.', 'Peseschkian', 'pezeshkian'],
    ['de', 'Micheil Kawelaschwili wurde in Tiflis vereidigt.', 'Micheil Kawelaschwili', 'kavelashvili'],
    ['nl', 'President Zoerabisjvili weigerde het paleis te verlaten.', 'Zoerabisjvili', 'zourabichvili'],
    ['en', 'Hungarian Prime Minister Viktor Orban arrived in Brussels.', 'Viktor Orban', 'orban'],
    ['nl', 'De Slowaakse premier Fico is buiten levensgevaar.', 'Fico', 'fico'],
    ['de', 'Die Premierministerin Sheikh Hasina hat das Land verlassen.', 'Sheikh Hasina', 'sheikh-hasina'],
  ])('in %s, "%s" names %s', (language, sentence, text, id) => {
    expect(mentionIn(language, [sentence], text)).toMatchObject({ kind: 'actor', id });
  });
});

describe('a name after a title that is no garbled leader stays as written', () => {
  it.each([
    [
      'the document never names the president',
      'en',
      ['President Mature spoke in Caracas on Monday.'],
      'Mature',
      'maduro',
    ],
    [
      'the document names both prime ministers the title had in turn',
      'en',
      [
        'Japanese Prime Minister Stone said on Tuesday that Japan would respond.',
        'Shigeru Ishiba succeeded Fumio Kishida on October 1.',
      ],
      'Stone',
      'ishiba',
    ],
    [
      'the Dutch document names both British prime ministers',
      'nl',
      [
        'De Britse premier Wachter zei dinsdag dat Londen zal reageren.',
        'Keir Starmer volgde in juli Rishi Sunak op.',
      ],
      'Wachter',
      'starmer',
    ],
  ])('when %s, the name after the title is not taken for the leader', (_, language, sentences, text, id) => {
    expect(mentionIn(language, sentences, text)?.id).not.toBe(id);
  });

  it('keeps the Serbian prime minister Vučević apart from president Vučić', () => {
    const found = mentionsOf(stage, 'en', [
      'Prime Minister Milos Vucevic announced his resignation in Belgrade.',
      'President Aleksandar Vucic said those responsible would be punished.',
      'Vucevic said the collapse was a tragedy.',
    ]);
    expect(findMention(found[0], 'Milos Vucevic')).toMatchObject({ kind: 'unknown' });
    expect(findMention(found[1], 'Aleksandar Vucic')).toMatchObject({ kind: 'actor', id: 'vucic' });
    expect(findMention(found[2], 'Vucevic')).toMatchObject({ kind: 'unknown' });
  });
});
