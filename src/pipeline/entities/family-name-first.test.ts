import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('Korean names, family name first, with a hyphenated given name', () => {
  it.each([
    [
      'en',
      'Defence Minister Kim Yong-hyun, who prosecutors say proposed the decree, resigned on Wednesday.',
      'Kim Yong-hyun',
    ],
    ['en', 'National Assembly Speaker Woo Won-shik declared the decree invalid.', 'Woo Won-shik'],
    [
      'en',
      'Han Dong-hoon, the leader of the People Power Party, said he would not step down over the vote.',
      'Han Dong-hoon',
    ],
    [
      'en',
      'Park Geun-hye was removed from office by the Constitutional Court in March 2017.',
      'Park Geun-hye',
    ],
    [
      'nl',
      'Parlementsvoorzitter Woo Won-shik noemde het "zeer betreurenswaardig" dat de stemming niet geldig was.',
      'Woo Won-shik',
    ],
    ['de', 'Verteidigungsminister Kim Yong-hyun trat am Mittwoch zurück.', 'Kim Yong-hyun'],
  ])('in %s, "%s" names the person "%s" in full', (language, sentence, name) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    expect(findMention(found, name)).toMatchObject({ kind: 'unknown' });
  });

  it.each([
    [
      'en',
      'Police Commissioner Yoon Hee-geun had apologized the day before.',
      'Yoon Hee-geun',
      'yoon-hee-keun',
    ],
    [
      'nl',
      'De hoogste politiechef van Zuid-Korea, Yoon Hee-keun, heeft vandaag zijn excuses aangeboden.',
      'Yoon Hee-keun',
      'yoon-hee-keun',
    ],
  ])('in %s, "%s" names the listed "%s" under either spelling', (language, sentence, name, id) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    expect(findMention(found, name)).toMatchObject({ id });
  });

  it('takes no syllable of a listed given name for a surname: "Geun" of Yoon Hee-geun stays in "Park Geun-hye"', () => {
    const [found] = mentionsOf(stage, 'en', ['Park Geun-hye was removed from office in March 2017.']);
    expect(findMention(found, 'Park Geun-hye')).toMatchObject({ kind: 'unknown' });
    expect(found?.some((m) => m.id === 'yoon-hee-keun')).toBe(false);
  });

  it('keeps a compound adjective after a Western name out of the name ("Donald Trump-led")', () => {
    const [found] = mentionsOf(stage, 'en', [
      'The Donald Trump-led administration said it had not been told.',
    ]);
    expect(findMention(found, 'Donald Trump')).toBeDefined();
  });
});

describe('a family name alone, after the document named the person in full', () => {
  it.each([
    [
      'en',
      [
        'South Korean President Yoon Suk Yeol lifted martial law early on Wednesday.',
        'Yoon declared emergency martial law at about 10:25 p.m. on Tuesday.',
      ],
      'Yoon',
      'yoon-suk-yeol',
    ],
    [
      'en',
      ['Defence Minister Kim Yong-hyun resigned on Wednesday.', 'Kim was arrested early on Sunday.'],
      'Kim',
      'name:kim-yong-hyun',
    ],
    [
      'de',
      [
        'Das Parlament hat ein Amtsenthebungsverfahren gegen Präsident Yoon Suk Yeol vorerst gestoppt.',
        'Yoon hatte am Dienstagabend überraschend das Kriegsrecht verhängt.',
      ],
      'Yoon',
      'yoon-suk-yeol',
    ],
    [
      'de',
      [
        'Der frühere Verteidigungsminister Kim Yong Hyun wurde bereits am Sonntag festgenommen.',
        'Kim soll Yoon zur Verhängung des Kriegsrechts geraten haben.',
      ],
      'Kim',
      'name:kim-yong-hyun',
    ],
    [
      'en',
      [
        'The former defense minister Kim Yong Hyun sits in custody since last Sunday.',
        'Kim is accused of insurrection.',
      ],
      'Kim',
      'name:kim-yong-hyun',
    ],
    [
      'nl',
      [
        'Oud-defensieminister Kim Yong Hyun werd zondag gearresteerd.',
        'Kim zou Yoon de staat van beleg hebben aangeraden.',
      ],
      'Kim',
      'name:kim-yong-hyun',
    ],
  ])('in %s, "%s" refers to the full name', (language, sentences, text, id) => {
    const found = mentionsOf(stage, language, sentences);
    expect(findMention(found[1], text)).toMatchObject({ id });
  });

  it('links no ordinary word that opens an organisation\'s name ("People" to the People Power Party)', () => {
    const found = mentionsOf(stage, 'en', [
      'Only three People Power Party lawmakers stayed to vote.',
      'People gathered outside the National Assembly.',
    ]);
    expect(findMention(found[1], 'People')).toBeUndefined();
  });
});
