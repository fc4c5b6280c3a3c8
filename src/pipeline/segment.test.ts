import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences } from './segment.ts';

const split = (text: string, lang: string) =>
  splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it.each([
    [
      "ends a Dutch sentence at 'uit de hand.', which the segmenter took for an abbreviation",
      'nl',
      'Van woensdag tot en met vrijdag liep het geweld verder uit de hand. Demonstranten staken de staatstelevisie BTV in brand.',
      [
        'Van woensdag tot en met vrijdag liep het geweld verder uit de hand.',
        'Demonstranten staken de staatstelevisie BTV in brand.',
      ],
    ],
    [
      "ends an English sentence at a clock time's 'p.m.' when a pronoun opens the next one",
      'en',
      'The gunman fired several shots from the roof of a building shortly after 6 p.m. He was shot dead by a Secret Service counter-sniper.',
      [
        'The gunman fired several shots from the roof of a building shortly after 6 p.m.',
        'He was shot dead by a Secret Service counter-sniper.',
      ],
    ],
    [
      "ends an English sentence at a clock time's 'a.m.' when a number word opens the next one",
      'en',
      'Police stormed the Bataclan early Saturday, at about 12.20 a.m. Three of the attackers blew themselves up and the fourth was shot by police.',
      [
        'Police stormed the Bataclan early Saturday, at about 12.20 a.m.',
        'Three of the attackers blew themselves up and the fourth was shot by police.',
      ],
    ],
    [
      "ends an English sentence at a clock time's 'p.m.' when a quantifier opens the next one",
      'en',
      'The first explosion was heard shortly after 9.20 p.m. Most of the fans stayed in the stadium.',
      ['The first explosion was heard shortly after 9.20 p.m.', 'Most of the fans stayed in the stadium.'],
    ],
    [
      'ends a German sentence at a list closed by the letter X before a preposition',
      'de',
      'Auslöser der Proteste war eine Sperre von 26 Online-Plattformen wie Facebook, YouTube und X. Bei Zusammenstößen mit der Polizei waren am Montag mindestens 19 Menschen getötet worden.',
      [
        'Auslöser der Proteste war eine Sperre von 26 Online-Plattformen wie Facebook, YouTube und X.',
        'Bei Zusammenstößen mit der Polizei waren am Montag mindestens 19 Menschen getötet worden.',
      ],
    ],
    [
      'ends an English sentence at the letter X before an article',
      'en',
      'The government blocked Facebook, YouTube and X. The platforms had failed to register.',
      ['The government blocked Facebook, YouTube and X.', 'The platforms had failed to register.'],
    ],
    [
      'ends a Dutch sentence at the letter X before a pronoun',
      'nl',
      'De regering blokkeerde Facebook, YouTube en X. Ze hadden zich niet laten registreren.',
      ['De regering blokkeerde Facebook, YouTube en X.', 'Ze hadden zich niet laten registreren.'],
    ],
    [
      'ends an English sentence at the platform X it was posted on, before a name',
      'en',
      'They had always had his full confidence, Nunez wrote on X. Public prosecutor Laure Beccuau criticised the leak.',
      [
        'They had always had his full confidence, Nunez wrote on X.',
        'Public prosecutor Laure Beccuau criticised the leak.',
      ],
    ],
    [
      'ends a Dutch sentence at the platform X it was posted on, before a noun',
      'nl',
      'Het museum meldde de sluiting op X. Politie ontruimde de zalen.',
      ['Het museum meldde de sluiting op X.', 'Politie ontruimde de zalen.'],
    ],
    [
      'ends a German sentence at the platform X it was posted on, before a noun',
      'de',
      'Das Museum meldete die Schließung auf X. Polizisten räumten die Säle.',
      ['Das Museum meldete die Schließung auf X.', 'Polizisten räumten die Säle.'],
    ],
    [
      'keeps initials with the name they stand before',
      'en',
      'Prime Minister K.P. Sharma Oli resigned. President Donald J. Trump spoke.',
      ['Prime Minister K.P. Sharma Oli resigned.', 'President Donald J. Trump spoke.'],
    ],
    [
      "keeps a clock time's 'a.m.' with the day that follows it",
      'en',
      'The quake struck at 4:17 a.m. Monday near the coast. Rescuers searched the rubble.',
      ['The quake struck at 4:17 a.m. Monday near the coast.', 'Rescuers searched the rubble.'],
    ],
    [
      'keeps "U.S." inside a sentence of 001',
      'en',
      'The U.S. State Department has authorized non-essential diplomatic personnel in the Kazakh city of Almaty to leave the country. U.S. citizens who want to leave the country are less likely to receive assistance when embassy staff leave.',
      [
        'The U.S. State Department has authorized non-essential diplomatic personnel in the Kazakh city of Almaty to leave the country.',
        'U.S. citizens who want to leave the country are less likely to receive assistance when embassy staff leave.',
      ],
    ],
    [
      'gives the closing quote back to the sentence it closes (000)',
      'en',
      'President Tokayev says “counter-terrorism actions” are necessary “until the militants are completely eliminated.” Last week’s demonstrations are the largest in 30 years in Kazakhstan.',
      [
        'President Tokayev says “counter-terrorism actions” are necessary “until the militants are completely eliminated.”',
        'Last week’s demonstrations are the largest in 30 years in Kazakhstan.',
      ],
    ],
    [
      'leaves an opening straight quote with the quotation it opens',
      'en',
      'President Joe Biden said on Tuesday that the federal government would pay. "It\'s my intention that the federal government will pay for the entire cost," he said.',
      [
        'President Joe Biden said on Tuesday that the federal government would pay.',
        '"It\'s my intention that the federal government will pay for the entire cost," he said.',
      ],
    ],
    [
      'keeps a German ordinal after an article inside its sentence ("ihr 13. Sanktionspaket")',
      'de',
      'Die EU hatte am Freitag ihr 13. Sanktionspaket gegen Russland beschlossen. Die USA verhängten neue Sanktionen.',
      [
        'Die EU hatte am Freitag ihr 13. Sanktionspaket gegen Russland beschlossen.',
        'Die USA verhängten neue Sanktionen.',
      ],
    ],
    [
      'keeps "zum 2. Mal" inside its German sentence but ends one on a number closing it',
      'de',
      'Zum 2. Mal trafen sich die Minister. Verletzt wurden 12. Die Polizei ermittelt.',
      ['Zum 2. Mal trafen sich die Minister.', 'Verletzt wurden 12.', 'Die Polizei ermittelt.'],
    ],
    [
      'gives a straight closing quote back to the sentence that opened it',
      'en',
      'He said: "We will stay." Then he left.',
      ['He said: "We will stay."', 'Then he left.'],
    ],
    [
      'keeps a Dutch quotation ending in "!" with the speaker named after its comma',
      'nl',
      'Het schip was vrij. "We hebben hem los!", zei topman Peter Berdowski. "Is het waar?", vroeg hij.',
      [
        'Het schip was vrij.',
        '"We hebben hem los!", zei topman Peter Berdowski.',
        '"Is het waar?", vroeg hij.',
      ],
    ],
    [
      'keeps a German exclamation in curly quotes with the speaker after its comma',
      'de',
      'Der Frachter ist frei. „Wir haben es geschafft!“, sagte der Chef der Reederei am Montag.',
      ['Der Frachter ist frei.', '„Wir haben es geschafft!“, sagte der Chef der Reederei am Montag.'],
    ],
    [
      'gives a single closing quote back to the sentence that opened it',
      'nl',
      "Hij zei: 'We blijven.' Daarna ging hij.",
      ["Hij zei: 'We blijven.'", 'Daarna ging hij.'],
    ],
    [
      'does not split Dutch "mln." before a lower-case word',
      'nl',
      'Vorig jaar gaf Duitsland licenties af voor 2,2 mln. euro. Vrijdag bleef het relatief rustig in Almaty.',
      [
        'Vorig jaar gaf Duitsland licenties af voor 2,2 mln. euro.',
        'Vrijdag bleef het relatief rustig in Almaty.',
      ],
    ],
    [
      'does not split a German date "am 7. Januar"',
      'de',
      'Präsident Tokajew sagte am 7. Januar, die Ordnung sei weitgehend wiederhergestellt. Danach wurde es ruhiger.',
      [
        'Präsident Tokajew sagte am 7. Januar, die Ordnung sei weitgehend wiederhergestellt.',
        'Danach wurde es ruhiger.',
      ],
    ],
    [
      'ends an English sentence before one that opens with a count of officers injured (nahel-riots)',
      'en',
      'According to the Ministry of the Interior, 719 people were arrested in the night to Sunday, fewer than in the nights before. 45 police officers were injured.',
      [
        'According to the Ministry of the Interior, 719 people were arrested in the night to Sunday, fewer than in the nights before.',
        '45 police officers were injured.',
      ],
    ],
    [
      'ends a German sentence before one that opens with a count of cars set alight (nahel-riots)',
      'de',
      'In der Nacht zu Samstag nahm die Polizei landesweit 1311 Menschen fest, teilte das Innenministerium mit. 1350 Autos wurden angezündet, 79 Polizisten wurden verletzt.',
      [
        'In der Nacht zu Samstag nahm die Polizei landesweit 1311 Menschen fest, teilte das Innenministerium mit.',
        '1350 Autos wurden angezündet, 79 Polizisten wurden verletzt.',
      ],
    ],
    [
      'ends a Dutch sentence before one that opens with a count of members who voted (ampel-collapse)',
      'nl',
      'Olaf Scholz heeft maandag de vertrouwensstemming in de Bondsdag verloren. 394 parlementariërs stemden tegen hem.',
      [
        'Olaf Scholz heeft maandag de vertrouwensstemming in de Bondsdag verloren.',
        '394 parlementariërs stemden tegen hem.',
      ],
    ],
    [
      'keeps a day after an abbreviated month inside its sentence',
      'en',
      'On Jan. 6 rioters stormed the Capitol. Police were overwhelmed.',
      ['On Jan. 6 rioters stormed the Capitol.', 'Police were overwhelmed.'],
    ],
    [
      'keeps a count after "approx." inside its sentence',
      'en',
      'The fire injured approx. 50 people were treated at the scene. Police closed the road.',
      ['The fire injured approx. 50 people were treated at the scene.', 'Police closed the road.'],
    ],
    [
      'keeps a number broken at its point inside its German sentence',
      'de',
      'Die Zahl der Toten stieg auf 3. 000 Menschen wurden verletzt. Die Polizei ermittelt.',
      ['Die Zahl der Toten stieg auf 3. 000 Menschen wurden verletzt.', 'Die Polizei ermittelt.'],
    ],
    [
      "keeps a quoted question and its named speaker's verb of saying in one sentence",
      'en',
      '"Why should we talk to them?" Tokayev asked. "We will restore order!" President Tokayev said. He left.',
      [
        '"Why should we talk to them?" Tokayev asked.',
        '"We will restore order!" President Tokayev said.',
        'He left.',
      ],
    ],
    [
      'still ends a quoted question before a new sentence that opens with a name',
      'en',
      '"Why?" Tokayev left the hall.',
      ['"Why?"', 'Tokayev left the hall.'],
    ],
    [
      'counts offsets in UTF-16 units after an emoji',
      'en',
      'Protest 😀 in Almaty. Troops arrived.',
      ['Protest 😀 in Almaty.', 'Troops arrived.'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });
});

describe('segmentArticle', () => {
  it('numbers sentences per paragraph and keeps text equal to the paragraph slice', () => {
    const paragraphs = [
      {
        id: 'p1',
        text: 'Friday was relatively quiet in Almaty. President Tokayev said in an official statement Friday that “order has largely been restored” in Kazakhstan.',
      },
      { id: 'p2', text: 'Vrijdag bleef het relatief rustig in Almaty.' },
    ];
    const article = segmentArticle({ id: 'a', file: 'a.txt', title: 't', meta: {}, paragraphs });
    expect(article.sentences.map((s) => [s.id, s.index])).toEqual([
      ['p1.s1', 0],
      ['p1.s2', 1],
      ['p2.s1', 2],
    ]);
    for (const s of article.sentences) {
      const text = paragraphs.find((p) => p.id === s.paragraph)?.text ?? '';
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('starts the first sentence after a wire dateline, which cites nothing', () => {
    const paragraphs = [
      {
        id: 'p1',
        text: 'TBILISI, Oct 27 (Reuters) - Georgia’s ruling party claimed victory. Opposition parties refused to recognise the result.',
      },
    ];
    const article = segmentArticle({ id: 'a', file: 'a.txt', title: 't', meta: {}, paragraphs });
    expect(article.sentences.map((s) => [s.text, s.start])).toEqual([
      ['Georgia’s ruling party claimed victory.', 28],
      ['Opposition parties refused to recognise the result.', 68],
    ]);
  });
});
