import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

describe('timeStage dates each sentence', () => {
  const timed = timeStage(
    article('en', [
      [
        'US Secretary of State Antony Blinken also said at a news conference on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan — 2,500 of whom arrived in the country on Thursday.',
        '“It seems to me that the Kazakh authorities have the capacity to deal with this type of protest,” he said.',
      ],
      [
        'On Saturday, Kazakh authorities arrested the former head of the security service, Karim Massimov.',
        'He is suspected of preparing a coup, international news agencies write.',
      ],
      ['Although the government has quickly lowered LPG prices, anti-government protests continue.'],
    ]),
  );
  const [blinken, quote, arrest, suspect, prices] = timed.sentences;

  it('takes the main clause’s “on Friday”, not the subordinate “on Thursday”', () => {
    expect(blinken?.timeFrom).toBe('own');
    expect(blinken?.when).toMatchObject({
      start: '2022-01-07',
      end: '2022-01-07',
      value: '2022-01-07',
      text: 'on Friday',
      precision: 'day',
    });
    expect(blinken?.timexes.map((t) => t.text)).toEqual(['Friday', 'Thursday']);
  });

  it('gives a sentence without an expression the time of the previous sentence in its paragraph', () => {
    expect(quote?.timeFrom).toBe('context');
    expect(quote?.when).toMatchObject({ start: '2022-01-07', precision: 'day' });
    expect(quote?.when.confidence).toBeLessThan(blinken?.when.confidence ?? 0);
    expect(suspect?.timeFrom).toBe('context');
    expect(suspect?.when.value).toBe('2022-01-08');
    expect(arrest?.when.text).toBe('On Saturday');
  });

  it('marks a paragraph with no time at all as known only to be before publication', () => {
    expect(prices?.timeFrom).toBe('publication');
    expect(prices?.when).toMatchObject({
      precision: 'before-publication',
      end: '2022-01-08',
      start: '2022-01-01',
    });
    expect(prices?.when.confidence).toBeLessThanOrEqual(0.3);
  });

  it('keeps expression offsets relative to the sentence', () => {
    const t = arrest?.timexes[0];
    expect(arrest?.text.slice(t?.start, t?.end)).toBe('Saturday');
  });
});

describe('an undated second paragraph goes on with the lede’s day', () => {
  const kenya = (third: string[]) =>
    timeStage(
      article(
        'en',
        [
          [
            'Kenyan police opened fire on demonstrators who stormed parliament in Nairobi on Tuesday, killing at least five people.',
          ],
          [
            'Protesters overwhelmed police and entered the parliament compound shortly after lawmakers voted to approve the bill.',
            'Part of the building was set on fire.',
          ],
          third,
        ],
        { date: '2024-06-25', precision: 'day', inferred: false },
      ),
    ).sentences;

  it('dates the fire in the second paragraph to Tuesday, less surely than the lede', () => {
    const [lede, , fire] = kenya(['Protests also took place in Mombasa.']);
    expect(fire?.timeFrom).toBe('context');
    expect(fire?.when).toMatchObject({ start: '2024-06-25', precision: 'day' });
    expect(fire?.when.confidence).toBeLessThan((lede?.when.confidence ?? 0) / 1.5);
  });

  it('lends the lede’s day to no third paragraph', () => {
    const [, , , mombasa] = kenya(['Protests also took place in Mombasa.']);
    expect(mombasa?.timeFrom).toBe('publication');
  });

  it.each([
    [
      'nl',
      'In Nairobi hebben demonstranten dinsdag het parlement bestormd.',
      'Een deel van het gebouw werd in brand gestoken.',
    ],
    [
      'de',
      'In Nairobi haben Demonstranten am Dienstag das Parlament gestürmt.',
      'Ein Teil des Gebäudes wurde in Brand gesteckt.',
    ],
  ])('does so in %s too', (lang, lede, fire) => {
    const [, second] = timeStage(
      article(lang, [[lede], [fire]], { date: '2024-06-26', precision: 'day', inferred: false }),
    ).sentences;
    expect(second?.when).toMatchObject({ start: '2024-06-25', precision: 'day' });
  });

  it('lends nothing to a second paragraph that has a time of its own', () => {
    const [, before, after] = timeStage(
      article(
        'en',
        [
          ['Police opened fire on protesters in Nairobi on Tuesday.'],
          ['Part of the building was set on fire.', 'On Wednesday, the president withdrew the bill.'],
        ],
        { date: '2024-06-26', precision: 'day', inferred: false },
      ),
    ).sentences;
    expect(after?.when.start).toBe('2024-06-26');
    expect(before?.timeFrom).toBe('publication');
  });
});

describe('timeStage in Dutch and German', () => {
  it.each([
    [
      'nl',
      [
        'Volgens het ministerie zijn er sinds de protesten afgelopen zondag begonnen 26 betogers omgekomen.',
        'Ook 18 agenten kwamen om.',
      ],
      '2022-01-02',
    ],
    [
      'de',
      [
        'Am Freitag sagte Tokajew, die Ordnung sei weitgehend wiederhergestellt.',
        'Er dankte Putin für die Truppen.',
      ],
      '2022-01-07',
    ],
  ])('[%s] a second sentence inherits the first one’s date', (lang, sentences, date) => {
    const timed = timeStage(article(lang, [sentences]));
    expect(timed.sentences.map((s) => [s.timeFrom, s.when.start])).toEqual([
      ['own', date],
      ['context', date],
    ]);
  });

  it('dates “the next day” from the previous sentence’s day', () => {
    const timed = timeStage(
      article('en', [['Protests began in Zhanaozen on Sunday.'], ['The next day, they spread to Almaty.']]),
    );
    expect(timed.sentences[1]).toMatchObject({
      timeFrom: 'own',
      when: { start: '2022-01-03', text: 'The next day' },
    });
  });

  it.each([
    [
      'de',
      [
        'Die Regierung kündigte Entschädigungen an.',
        'Urlauber sollen im kommenden Jahr eine Woche kostenlos auf Rhodos verbringen können.',
      ],
    ],
    ['en', ['The government promised compensation.', 'The new rules will take effect next Monday.']],
  ])('[%s] takes no time still to come from the next sentence', (lang, sentences) => {
    const timed = timeStage(article(lang, [sentences]));
    expect(timed.sentences[0]?.timeFrom).toBe('publication');
  });

  it('takes a paragraph’s later date when the earlier sentences have none', () => {
    const timed = timeStage(article('nl', [['De onrust houdt aan.', 'Massimov werd zaterdag opgepakt.']]));
    expect(timed.sentences[0]).toMatchObject({ timeFrom: 'context', when: { start: '2022-01-08' } });
  });

  it.each([
    [
      'en',
      [
        'Russia’s foreign ministry condemned the decision.',
        'Last month, the European Union agreed to use the profits.',
      ],
    ],
    [
      'nl',
      [
        'Het ministerie veroordeelde het besluit.',
        'Vorige maand besloot de Europese Unie de winsten te gebruiken.',
      ],
    ],
    [
      'de',
      ['Das Ministerium verurteilte die Entscheidung.', 'Im vergangenen Monat einigte sich die EU darauf.'],
    ],
    [
      'de',
      [
        'Die Ermittlungen richten sich gegen eine Gruppe.',
        'Bereits im vergangenen Sommer waren in Essen Luxusautos beschlagnahmt worden.',
      ],
    ],
    ['en', ['The inquiry targets a group.', 'Already last summer, police had seized cars in Essen.']],
  ])('[%s] a later sentence that opens with its own time lends it to no earlier one', (lang, sentences) => {
    const timed = timeStage(article(lang, [sentences]));
    expect(timed.sentences[0]?.timeFrom).toBe('publication');
  });

  it.each([
    [
      'en',
      [
        'President Tokayev says “counter-terrorism actions” are necessary “until the militants are completely eliminated.”',
        'Last week’s demonstrations are the largest in 30 years in Kazakhstan.',
        'According to the interior ministry, 26 protesters have been killed since the protests started last Sunday.',
      ],
    ],
    [
      'nl',
      [
        'President Tokajev vindt dat „terrorismebestrijdingsacties” nodig zijn.',
        'Sinds de protesten afgelopen zondag begonnen zijn er 26 betogers omgekomen.',
      ],
    ],
    ['de', ['Tokajew sagt, die Anti-Terror-Einsätze seien nötig.', 'Am Sonntag begannen die Proteste.']],
  ])('[%s] a statement in the present does not borrow a later sentence’s date', (lang, sentences) => {
    const timed = timeStage(article(lang, [sentences]));
    expect(timed.sentences[0]).toMatchObject({
      timeFrom: 'publication',
      when: { precision: 'before-publication' },
    });
  });

  it('dates a weekday in an article published “January 2022” to the month with low confidence', () => {
    const timed = timeStage(
      article('nl', [['Zaterdag hebben de autoriteiten Massimov opgepakt.']], {
        date: '2022-01-01',
        precision: 'month',
        inferred: false,
      }),
    );
    expect(timed.sentences[0]?.when).toMatchObject({
      start: '2022-01-01',
      end: '2022-01-31',
      precision: 'month',
      value: '2022-01',
    });
    expect(timed.sentences[0]?.when.confidence).toBeLessThanOrEqual(0.4);
  });
});
