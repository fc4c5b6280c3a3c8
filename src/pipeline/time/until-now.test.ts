/** A state told to last until the report's day ("bis heute") leaves a toll the day told before it. */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const published = { date: '2017-12-19', precision: 'day' as const, inferred: false };

describe('a state that lasts until today dates no toll', () => {
  it.each([
    [
      'de',
      [
        'Genau ein Jahr ist es her, dass der Tunesier Anis Amri am Abend des 19. Dezember 2016 einen Sattelzug in den Weihnachtsmarkt steuerte.',
        'Zwölf Menschen starben, rund 70 wurden verletzt, einige von ihnen so schwer, dass sie bis heute nicht in ihr altes Leben zurückgefunden haben.',
      ],
    ],
    [
      'nl',
      [
        'Op 19 december 2016 reed Anis Amri met een vrachtwagen in op de kerstmarkt.',
        'Twaalf mensen kwamen om, ongeveer 70 raakten gewond, sommigen zo zwaar dat ze tot vandaag niet hersteld zijn.',
      ],
    ],
  ])('[%s] the toll after the attack keeps the attack’s day', (lang, sentences) => {
    const [, toll] = timeStage(article(lang, [sentences], published)).sentences;
    expect(toll?.when.start.slice(0, 10)).toBe('2016-12-19');
  });

  it('[de] a day told as today is still today’s: “Heute wird der Gedenkort eingeweiht.”', () => {
    const [first] = timeStage(article('de', [['Heute wird der Gedenkort eingeweiht.']], published)).sentences;
    expect(first?.when.start.slice(0, 10)).toBe('2017-12-19');
  });
});
