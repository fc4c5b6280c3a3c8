/**
 * A report that opens by counting the days since a happening ("Three days after the devastating
 * explosion …") was written that many days after the story's first day.
 */
import { describe, expect, it } from 'vitest';
import { countConflict, daysAfterLede, daysAfterOpening, daysOn, roundCountOn } from './days-after-start.ts';

const THURSDAY = 4;
const FRIDAY = 5;
const SUNDAY = 0;

describe('an opening that counts the days since a happening', () => {
  it.each<[string, number | undefined]>([
    [
      'Three days after the devastating explosion in the port of Beirut, the Lebanese judiciary has arrested the head of the customs authority.',
      3,
    ],
    ['A week after the attack, the city is still in mourning.', 7],
    ['Twee dagen na de explosie in de haven bezocht Macron Beiroet.', 2],
    ['Sechs Tage nach der verheerenden Explosion im Hafen von Beirut ist die Regierung zurückgetreten.', 6],
    ['Einen Tag nach dem Anschlag hat die Polizei einen Verdächtigen festgenommen.', 1],
    ['Zwei Wochen nach dem Erdbeben sind noch Tausende obdachlos.', 14],
    [
      'Two weeks after the devastating fire in the London Grenfell tower the chairman of the responsible district council has declared his resignation.',
      14,
    ],
    [
      'Eine Woche nach dem Feuer im Grenfell Tower zieht der oberste Beamte des zuständigen Londoner Bezirks die Konsequenzen.',
      7,
    ],
    ['Twee weken na de aardbeving zijn nog duizenden mensen dakloos.', 14],
    [
      'Berlin – Vier Tage nach dem verheerenden Erdbeben in Japan zieht die Bundesregierung Konsequenzen: Die sieben ältesten deutschen Atomkraftwerke werden vom Netz genommen.',
      4,
    ],
    ['Tokio – Een week na de aardbeving is de helft van Minamisanriku nog vermist.', 7],
    ['Sendai — Two days after the tsunami, rescuers reached the coast.', 2],
    ['Berlin – Merkel sprach vier Tage nach dem Erdbeben.', undefined],
    ['Three days after Macron visited, the aid arrived.', undefined],
    ['The hackers published the data three days after the attack.', undefined],
    ['Three months after the election, the coalition collapsed.', undefined],
  ])('“%s” counts %s days', (text, days) => {
    expect(daysAfterOpening(text)).toBe(days);
  });

  it.each<[string, number[], number, string | undefined]>([
    [
      'three days after a Tuesday, telling Thursday and Friday: that Friday',
      [THURSDAY, FRIDAY],
      3,
      '2020-08-07',
    ],
    ['three days after a Tuesday, telling a Sunday before it: no day', [SUNDAY, FRIDAY], 3, undefined],
    ['six days after a Tuesday, no weekday told: that Monday', [], 6, '2020-08-10'],
  ])('%s', (_, past, days, expected) => {
    expect(daysOn(new Set(past), '2020-08-04', days)).toBe(expected);
  });

  const sentence = (text: string, paragraph: string) => ({ text, paragraph });

  it.each<[string, { text: string; paragraph: string }[], number | undefined]>([
    [
      'a count that opens the second sentence of the lede counts',
      [
        sentence(
          'Sachsen-Anhalts Innenminister verteidigt die Polizei, die Jüdische Gemeinde widerspricht.',
          'p1',
        ),
        sentence(
          'Drei Tage nach dem Terroranschlag von Halle wird heftig darüber gestritten, warum vor der Synagoge am höchsten jüdischen Feiertag kein einziger Beamter stand.',
          'p1',
        ),
      ],
      3,
    ],
    [
      'a count in a later paragraph tells of another happening',
      [
        sentence('Die Tür hat gehalten.', 'p1'),
        sentence('Zwei Tage nach dem Anschlag sprach der Minister in Halle.', 'p2'),
      ],
      undefined,
    ],
    [
      'a count in the present opening the paragraph after the lede tells where the story stands',
      [
        sentence(
          'De zoektocht naar vermisten in het wrak van het cruiseschip Costa Concordia is vanochtend stilgelegd.',
          'p1',
        ),
        sentence('Duikers en brandweerlieden zijn uit voorzorg van boord gehaald.', 'p1'),
        sentence('Vijf dagen na de ramp staat het dodental op elf.', 'p2'),
      ],
      5,
    ],
    [
      'an English count in the present opening the second paragraph counts too',
      [
        sentence('The search for the missing was halted this morning.', 'p1'),
        sentence('Three days after the quake, rescuers are still searching the rubble.', 'p2'),
      ],
      3,
    ],
    [
      'a count opening the third paragraph is too far from the lede',
      [
        sentence('Die Suche wurde am Morgen unterbrochen.', 'p1'),
        sentence('Taucher wurden aus dem Wrack geholt.', 'p2'),
        sentence('Fünf Tage nach dem Unglück steht die Zahl der Toten bei elf.', 'p3'),
      ],
      undefined,
    ],
    [
      'an exact count told in the present counts wherever it stands',
      [
        sentence(
          'After the fires in the refugee camp Moria on the Greek island Lesbos the police has arrested five young men from Afghanistan.',
          'p1',
        ),
        sentence('Two of the arrested are underage.', 'p2'),
        sentence('Exactly one week after the fire the situation on the island remains tense.', 'p3'),
      ],
      7,
    ],
    [
      'the same in German',
      [
        sentence('Die Polizei hat fünf junge Afghanen festgenommen.', 'p1'),
        sentence('Zwei der Festgenommenen sind minderjährig.', 'p2'),
        sentence('Genau eine Woche nach dem Brand bleibt die Lage auf der Insel angespannt.', 'p3'),
      ],
      7,
    ],
    [
      'the same in Dutch',
      [
        sentence('De politie heeft vijf jonge Afghanen aangehouden.', 'p1'),
        sentence('Twee van hen zijn minderjarig.', 'p2'),
        sentence('Precies een week na de brand slapen nog duizenden mensen langs de weg.', 'p3'),
      ],
      7,
    ],
    [
      'an exact count told in the past is of another happening',
      [
        sentence('De politie heeft vijf jonge Afghanen aangehouden.', 'p1'),
        sentence('Twee van hen zijn minderjarig.', 'p2'),
        sentence('Precies een week na de brand werden de eerste tenten opgezet.', 'p3'),
      ],
      undefined,
    ],
  ])('%s', (_, sentences, days) => {
    expect(daysAfterLede(sentences)).toBe(days);
  });

  it.each<[string, string, number, string | null]>([
    ['three days after a Wednesday the 9th is that Saturday the 12th', '2019-10-12', 3, null],
    [
      'three days after a Wednesday the 9th is not the Saturday a week later',
      '2019-10-19',
      3,
      'the text counts 3 days since the story began on 2019-10-09, which gives 2019-10-12, not 2019-10-19',
    ],
    ['a week after, counted round, may be a day early', '2019-10-15', 7, null],
    ['a week after may count from a happening before the story’s first day', '2019-10-11', 7, null],
  ])('%s', (_, date, days, conflict) => {
    expect(countConflict(date, days, '2019-10-09')).toBe(conflict);
  });
});

describe('a round count of days that falls short of the day of the news', () => {
  const fromFriday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === FRIDAY;
  it.each<[string, number[], (date: string) => boolean, string | undefined]>([
    [
      'two weeks after Wednesday 14 June 2017 counts to Wednesday 28 June; its Friday and Thursday of its own week give Friday 30 June',
      [THURSDAY, FRIDAY],
      fromFriday,
      '2017-06-30',
    ],
    ['nothing fits within three days: no day', [THURSDAY, FRIDAY], () => false, undefined],
  ])('%s', (_, past, fits, expected) => {
    expect(roundCountOn(new Set(past), '2017-06-14', '2017-06-28', fits)).toBe(expected);
  });
});
