import { describe, expect, it } from 'vitest';
import type { Lang } from './lexicon.ts';
import { sentenceAround, tenseReader, type Tense } from './tense.ts';

describe('tense as seen from an expression', () => {
  it.each<[Lang, string, string, Tense]>([
    ['en', 'Blinken said on Friday that the troops will leave.', 'Friday', 'past'],
    ['en', 'The talks will resume on Monday.', 'Monday', 'future'],
    ['en', 'Ford said on Tuesday it will cut 4,000 jobs in Europe.', 'Tuesday', 'past'],
    ['en', 'The vote was planned for Tuesday.', 'Tuesday', 'future'],
    ['en', 'The vote was postponed to Thursday.', 'Thursday', 'future'],
    ['en', 'Macron had postponed his state visit to Germany on Saturday.', 'Saturday', 'past'],
    ['en', 'The group would be ready to leave on Tuesday.', 'Tuesday', 'future'],
    ['nl', 'Zaterdag hebben de autoriteiten hem opgepakt.', 'Zaterdag', 'past'],
    ['nl', 'De president zal maandag een toespraak houden.', 'maandag', 'future'],
    ['de', 'Am Freitag sagte der Präsident, die Ordnung sei wiederhergestellt.', 'Freitag', 'past'],
    ['de', 'Der Präsident wird am Montag sprechen.', 'Montag', 'future'],
    [
      'de',
      'Die Regierung werde "mit aller Härte" gegen die Menschenhändler vorgehen, erklärte er am Mittwochabend.',
      'Mittwochabend',
      'past',
    ],
    ['de', 'Man werde die Häfen schließen, teilte das Ministerium am Freitag mit.', 'Freitag', 'past'],
    ['nl', 'De regering zal hard optreden, verklaarde de minister woensdagavond.', 'woensdagavond', 'past'],
    ['de', 'Verkehrsminister Kostas Karamanlis trat bereits am Mittwoch zurück.', 'Mittwoch', 'past'],
    ['de', 'Die Regierung ordnete am Donnerstag eine dreitägige Staatstrauer an.', 'Donnerstag', 'past'],
    ['de', 'Am Sonntag zogen Zehntausende vor das Parlament.', 'Sonntag', 'past'],
    // A participle before "werden" is a passive infinitive, no past: the freight strike lies ahead.
    [
      'de',
      'Im Güterverkehr soll bereits ab Dienstagabend, 18 Uhr, gestreikt werden.',
      'Dienstagabend',
      'future',
    ],
    ['de', 'Am Dienstagabend wurde im Güterverkehr gestreikt.', 'Dienstagabend', 'past'],
    // "geplant habe" is a perfect: the attack someone had planned, no day ahead.
    [
      'de',
      'Am Sonntag töteten die USA einen Attentäter, der einen weiteren Anschlag geplant habe.',
      'Sonntag',
      'past',
    ],
    ['de', 'Der Anschlag war für Sonntag geplant.', 'Sonntag', 'future'],
    // The past of the reporting verb is nearer than the plan it reports.
    [
      'de',
      'Die Gewerkschaften riefen am Dienstag zu einem Streik auf, der bis Freitag dauern soll.',
      'Dienstag',
      'past',
    ],
    ['de', 'Der Minister tritt am Mittwoch zurück.', 'Mittwoch', 'unknown'],
    // A promise made in the past, whatever it looks ahead to; a past modal's passive is no future.
    [
      'nl',
      'Premier Sánchez beloofde dinsdag dat de verantwoordelijken zullen worden aangepakt.',
      'dinsdag',
      'past',
    ],
    ['de', 'Der Minister versprach am Dienstag, die Verantwortlichen würden bestraft.', 'Dienstag', 'past'],
    [
      'de',
      'Rund 30.000 Bahnreisende mussten am Montag aus liegengebliebenen Zügen befreit werden.',
      'Montag',
      'past',
    ],
    ['de', 'Die Fahrgäste konnten am Abend befreit werden.', 'Abend', 'past'],
    [
      'nl',
      'Donderdag aanvaardde Yoon het ontslag van defensieminister Kim Yong-hyun, die hem de staat van beleg zou hebben aangeraden.',
      'Donderdag',
      'past',
    ],
    ['de', 'Am Donnerstag soll der Minister Yoon zum Kriegsrecht geraten haben.', 'Donnerstag', 'past'],
    ['en', 'On Thursday the minister would have advised him to declare martial law.', 'Thursday', 'past'],
    ['nl', 'De minister zou donderdag aftreden.', 'donderdag', 'future'],
    ['de', 'Die Wahl soll am Sonntag stattfinden.', 'Sonntag', 'future'],
    ['en', 'Friday.', 'Friday', 'unknown'],
    ['en', 'The peace process, set to resume Monday in Belfast, is fragile.', 'Monday', 'future'],
    ['en', 'Collins will be named commander for a mission in December.', 'December', 'future'],
    ['en', 'The elections will be held on November 22.', 'November 22', 'future'],
    ['nl', 'De verkiezingen worden in november gehouden.', 'november', 'unknown'],
    ['nl', 'De verkiezingen werden in november gehouden.', 'november', 'past'],
    ['nl', 'In november zijn de verkiezingen gehouden.', 'november', 'past'],
    ['en', 'The summit will be held in Brussels, where the leaders met in May.', 'May', 'past'],
    [
      'de',
      'Die Neuwahl soll am 22. November stattfinden, wie der Wahlrat am Montag mitteilte.',
      'Montag',
      'past',
    ],
    ['en', 'In January, the company brought in a new chief, who will remain chairman.', 'January', 'past'],
    ['en', 'Mr. Schwarz will succeed Daniel P. Davison Feb. 1.', 'Feb. 1', 'future'],
    [
      'en',
      'The lawyer announced that the father would be traveling to the United States Thursday.',
      'Thursday',
      'future',
    ],
    // The end of what a future verb says is to last lies ahead, however near the reporting verb.
    [
      'en',
      'Mohammed al-Bashir shall lead the transitional government until 1 March, he announced on Tuesday.',
      '1 March',
      'future',
    ],
    ['nl', 'Al-Bashir zal de regering leiden tot 1 maart, zei hij dinsdag.', '1 maart', 'future'],
    [
      'de',
      'Al-Baschir soll die Regierung bis zum 1. März führen, sagte er am Dienstag.',
      '1. März',
      'future',
    ],
    ['en', 'He was held until 1 March, his lawyer said.', '1 March', 'past'],
    // "deed", the past of "doen", governs the months of an inquiry a reported plan ("zou") follows.
    [
      'nl',
      'De Berlijnse justitie deed van maart tot september een onderzoek naar Amri, omdat hij een inbraak zou beramen.',
      'maart',
      'past',
    ],
    // So does the start of what a future verb says is to be done from then on.
    [
      'en',
      'Intel will cut about 15,000 jobs and suspend its dividend from the fourth quarter, the chipmaker said on Thursday.',
      'the fourth quarter',
      'future',
    ],
    [
      'de',
      'Die EZB wird die Anleihekäufe ab dem dritten Quartal beenden, sagte Lagarde.',
      'dritten Quartal',
      'future',
    ],
    [
      'nl',
      'Het bedrijf zal vanaf het vierde kwartaal geen dividend uitkeren, meldde het.',
      'het vierde kwartaal',
      'future',
    ],
    ['en', 'Sales fell from the fourth quarter, the company said.', 'the fourth quarter', 'past'],
    ['nl', 'Hij riep zaterdag de noodtoestand uit.', 'zaterdag', 'past'],
    // A weak simple past is read by its shape, not found in a list; it outweighs a plan told farther off.
    [
      'de',
      'Am Samstag veröffentlichte sie ein Video, das die Angreifer in der Halle zeigen soll.',
      'Samstag',
      'past',
    ],
    [
      'de',
      'Ermittler durchsuchten am Donnerstag die Räume des Ministeriums und beschlagnahmten mehrere Computer.',
      'Donnerstag',
      'past',
    ],
    ['nl', 'Premier Mark Rutte feliciteerde Wilders donderdagochtend.', 'donderdagochtend', 'past'],
    [
      'nl',
      'Het Openbaar Ministerie maakte maandag bekend dat de man vrijdag wordt voorgeleid aan de rechter-commissaris.',
      'maandag',
      'past',
    ],
  ])('[%s] “%s”: “%s” is read as %s', (lang, sentence, word, expected) => {
    const start = sentence.indexOf(word);
    expect(tenseReader(lang, sentence)(start, start + word.length)).toBe(expected);
  });

  it.each([
    [
      'Mr. Schwarz will succeed Daniel P. Davison Feb. 1, he said. Next one.',
      'Feb. 1',
      'Mr. Schwarz will succeed Daniel P. Davison Feb. 1, he said.',
    ],
    ['Die Wahl ist am 8. Januar. Danach nicht.', 'Januar', 'Die Wahl ist am 8. Januar.'],
  ])(
    'does not end the sentence “%s” at a title, an initial, an abbreviated month or an ordinal',
    (text, word, sentence) => {
      const at = text.indexOf(word);
      expect(sentenceAround(text, at, at + word.length).text).toBe(sentence);
    },
  );

  it('finds the sentence around an expression in a longer text', () => {
    const text = 'First sentence. The talks will resume on Monday. Last one.';
    const at = text.indexOf('Monday');
    expect(sentenceAround(text, at, at + 6)).toEqual({
      text: 'The talks will resume on Monday.',
      offset: 16,
    });
  });

  it('reads each expression of a sentence with one reader as a fresh reader does', () => {
    const sentence = 'Blinken said on Friday that the troops will leave on Monday, as planned in May.';
    const read = tenseReader('en', sentence);
    for (const word of ['Friday', 'Monday', 'May']) {
      const at = sentence.indexOf(word);
      expect(read(at, at + word.length)).toBe(tenseReader('en', sentence)(at, at + word.length));
    }
    expect(read(sentence.indexOf('Friday'), sentence.indexOf('Friday') + 6)).toBe('past');
    expect(read(sentence.indexOf('Monday'), sentence.indexOf('Monday') + 6)).toBe('future');
  });
});
