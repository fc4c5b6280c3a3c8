import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';
import { saidAfterwards } from './said-afterwards.ts';

describe('words said after the news of the day of publication', () => {
  it.each([
    [
      'nl',
      'Taghi is dinsdag veroordeeld tot een levenslange gevangenisstraf.',
      'De advocaat van Taghi liet na afloop weten dat zijn cliënt in hoger beroep gaat.',
    ],
    [
      'de',
      'Die EZB beschloss am Donnerstag in Frankfurt, die Leitzinsen anzuheben.',
      'EZB-Präsidentin Christine Lagarde sagte nach der Sitzung, der Rat werde weiterhin von den Daten abhängig sein.',
    ],
  ])('[%s] “%s … %s” dates the words to that day', async (lang, news, saying) => {
    const published = lang === 'nl' ? '2024-02-27' : '2023-07-27';
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, `${news} ${saying}`]], published));
    const [said] = eventsFrom(file, saying);
    expect([said?.when.start, said?.when.end]).toEqual([published, published]);
  });

  it('takes no year of the sentence before for words said after the match', async () => {
    const text =
      'Spain beat the Netherlands in the World Cup final on Sunday. The Netherlands lost their third final after defeats in 1974 and 1978. Coach Bert van Marwijk said after the match that he was proud.';
    const file = await eventFileOf(sentenceArticles([['en.txt', text]], '2010-07-12'));
    const [said] = eventsFrom(file, 'Coach Bert van Marwijk said after the match');
    expect(said?.when.start).toBe('2010-07-11');
  });

  it.each([
    ['en', 'Coach Bert van Marwijk said after the match that he was proud.', true],
    ['en', 'He said he was proud of the team.', false],
    ['nl', 'Minister Yeşilgöz noemde de uitspraak een belangrijk signaal.', false],
    ['de', 'Im Anschluss sprach Lagarde vor der Presse.', true],
  ] as const)('[%s] “%s” tells words said afterwards: %s', (lang, text, expected) => {
    expect(saidAfterwards(lang, text)).toBe(expected);
  });
});
