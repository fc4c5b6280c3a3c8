import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function mentionIn(language: string, sentence: string, text: string) {
  const [list] = mentionsOf(stage, language, [sentence]);
  return list && findMention(list, text);
}

describe('a listed surname after another given name is someone else', () => {
  it.each([
    ['en', 'Melania Trump said on Monday that she would not attend.', 'Melania Trump', 'name:melania-trump'],
    ['en', 'Hunter Biden was convicted on three counts on Tuesday.', 'Hunter Biden', 'name:hunter-biden'],
    ['en', 'Ivanka Trump joined her father in Florida.', 'Ivanka Trump', 'name:ivanka-trump'],
    ['nl', 'Melania Trump zei maandag dat ze niet zou komen.', 'Melania Trump', 'name:melania-trump'],
    ['nl', 'Hunter Biden werd dinsdag schuldig bevonden.', 'Hunter Biden', 'name:hunter-biden'],
    ['de', 'Hunter Biden wurde am Dienstag verurteilt.', 'Hunter Biden', 'name:hunter-biden'],
    ['de', 'Jill Biden besuchte am Montag eine Schule in Berlin.', 'Jill Biden', 'name:jill-biden'],
    [
      'en',
      'First Lady Melania Trump said on Monday that she would not attend.',
      'Melania Trump',
      'name:melania-trump',
    ],
    [
      'de',
      'Die First Lady Melania Trump sagte am Montag, sie komme nicht.',
      'Melania Trump',
      'name:melania-trump',
    ],
    ['de', 'Melania Trump sagte, sie werde nicht kommen.', 'Melania Trump', 'name:melania-trump'],
    ['de', 'Dazu sagte Melania Trump am Montag nichts.', 'Melania Trump', 'name:melania-trump'],
    ['de', 'Barron Trump studiert in New York.', 'Barron Trump', 'name:barron-trump'],
  ])('in %s "%s" names %s, a person nobody listed', (language, sentence, text, id) => {
    expect(mentionIn(language, sentence, text)).toMatchObject({ kind: 'unknown', id });
  });
});

describe('the listed person is still found by his own names and the surname alone', () => {
  it.each([
    ['en', 'Donald Trump said on Monday that he would win.', 'Donald Trump', 'trump'],
    ['en', 'Donald J. Trump said on Monday that he would win.', 'Donald J. Trump', 'trump'],
    ['en', 'Joseph R. Biden signed the bill on Friday.', 'Joseph R. Biden', 'biden'],
    ['en', 'Trump said on Monday that he would win.', 'Trump', 'trump'],
    ['en', 'Former Trump adviser Steve Bannon reported to prison.', 'Trump', 'trump'],
    ['en', 'Will Trump attend the summit in Brussels?', 'Trump', 'trump'],
    ['en', 'Democrat Biden won the state by a narrow margin.', 'Biden', 'biden'],
    ['en', 'Russian President Putin spoke by phone with Erdogan.', 'Putin', 'putin'],
    ['nl', 'Volgens Rutte is het akkoord een goede stap.', 'Rutte', 'rutte'],
    ['nl', 'Oud-premier Rutte zei dat hij het niet wist.', 'Rutte', 'rutte'],
    ['de', 'Präsident Biden sagte am Montag, er werde kandidieren.', 'Biden', 'biden'],
    ['de', 'Kanzler Scholz sagte am Montag, das sei falsch.', 'Scholz', 'scholz'],
    ['de', 'Laut Scholz ist der Haushalt gesichert.', 'Scholz', 'scholz'],
    ['de', 'Der Republikaner Trump sagte, er werde gewinnen.', 'Trump', 'trump'],
    ['de', 'Wahlsieger Trump sagte, er werde die Zölle erhöhen.', 'Trump', 'trump'],
    ['de', 'Milliardär Trump kaufte das Grundstück nicht.', 'Trump', 'trump'],
    ['de', 'Selbst Trump räumte die Niederlage ein.', 'Trump', 'trump'],
    ['de', 'Gegner Trump sagte nichts dazu.', 'Trump', 'trump'],
    ['de', 'Wladimir Putin sagte am Montag, Russland werde antworten.', 'Wladimir Putin', 'putin'],
  ])('in %s "%s" keeps %s as %s', (language, sentence, text, id) => {
    expect(mentionIn(language, sentence, text)).toMatchObject({ kind: 'actor', id });
  });
});

describe('a place named after a listed person is no person', () => {
  it.each([
    ['en', 'Officials in Trump County said the roads were closed.', 'trump'],
    ['en', 'Traffic was halted on Putin Avenue in the centre of Grozny.', 'putin'],
    ['nl', 'Betogers verzamelden zich op het Rutte Plein in het centrum.', 'rutte'],
    ['de', 'Die Polizei sperrte die Putin-Allee im Zentrum von Grosny.', 'putin'],
  ])('in %s "%s" does not name %s', (language, sentence, id) => {
    const [list] = mentionsOf(stage, language, [sentence]);
    expect(list?.map((m) => m.id)).not.toContain(id);
  });
});

describe('a title the listed person holds before a garbled given name keeps the listed person', () => {
  it.each([
    ['en', 'Governor Roger Moore said the recovery was going slowly.', 'Roger Moore', 'wes-moore'],
    ['nl', 'Gouverneur Roger Moore zei dat het bergen langzaam gaat.', 'Roger Moore', 'wes-moore'],
    ['de', 'Gouverneur Roger Moore sagte, die Bergung gehe nur langsam voran.', 'Roger Moore', 'wes-moore'],
  ])('in %s "%s" names %s as %s', (language, sentence, text, id) => {
    expect(mentionIn(language, sentence, text)).toMatchObject({ kind: 'actor', id });
  });

  it('without the title it is someone else: "Roger Moore played James Bond"', () => {
    expect(mentionIn('en', 'Roger Moore played James Bond in seven films.', 'Roger Moore')).toMatchObject({
      kind: 'unknown',
      id: 'name:roger-moore',
    });
  });
});
