/**
 * One report counting one act of two groups, or one group twice with two numbers, tells two
 * happenings; reports of one toll naming its group differently, or repeating a number, tell one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { groupsClash, setsAmong, type GroupCount } from './counted-groups.ts';

describe('a sentence that sets its count among another', () => {
  it.each([
    ['At least 91 people, including 14 police officers, have been killed in clashes.', true],
    ['Am Sonntag waren landesweit fast 100 Menschen getötet worden, darunter 14 Polizisten.', true],
    ['Bei den Toten handelt es sich um zwei Männer und eine Frau.', true],
    ['Onder de doden zijn ook twee agenten.', true],
    ['45 police officers were injured.', false],
    ['De politie heeft 875 mensen gearresteerd.', false],
  ])('“%s”: %s', (text, among) => {
    expect(setsAmong(text)).toBe(among);
  });
});

function count(group: string, value: number, document = 'en_mt', exact = true): GroupCount {
  return {
    act: 'injured',
    kind: group === 'police and soldiers' ? 'security' : 'people',
    group,
    value,
    document,
    exact,
    part: false,
  };
}

const police = 'police and soldiers';

describe('whether two clusters’ counts tell two happenings', () => {
  const cases: { clash: boolean; a: GroupCount[]; b: GroupCount[]; name: string }[] = [
    {
      clash: true,
      a: [count('people', 2)],
      b: [count(police, 45)],
      name: 'the mayor’s wife and child, 45 police officers, one report',
    },
    {
      clash: false,
      a: [count(police, 24, 'en')],
      b: [count('people', 24, 'nl')],
      name: '24 police officers in one report, 24 people in another',
    },
    {
      clash: true,
      a: [count(police, 13)],
      b: [count(police, 14)],
      name: '13 police officers and 14 in one report',
    },
    {
      clash: false,
      a: [count(police, 13, 'en_mt', false)],
      b: [count(police, 14)],
      name: 'at least 13 police officers and 14 in one report',
    },
    {
      clash: false,
      a: [count('people', 26), count(police, 18, 'en')],
      b: [count(police, 18)],
      name: '26 protesters and 18 police, the 18 told again',
    },
    {
      clash: true,
      a: [count('people', 91), count(police, 14)],
      b: [count('people', 2)],
      name: '91 people with 14 police beside 2 people, one report',
    },
  ];
  for (const { name, a, b, clash } of cases)
    it(`${name}: ${clash ? 'two happenings' : 'one'}`, () => {
      expect(groupsClash(a, b)).toBe(clash);
      expect(groupsClash(b, a)).toBe(clash);
    });
});

let mayor: EventFile;
let night: EventFile;
beforeAll(async () => {
  mayor = await eventFileOf({
    'en_mt_0702.txt': [
      ' date 2023-07-02 Attack on house of French mayor with burning car',
      '',
      "Rioters drove a burning car into the house of the mayor of L'Haÿ-les-Roses south of Paris last night. The wife of mayor Vincent Jeanbrun and one of their two young children were injured as they fled.",
      '',
      'According to the Ministry of the Interior, 719 people were arrested in the night to Sunday, fewer than in the nights before. 45 police officers were injured.',
    ].join('\n'),
  });
  night = await eventFileOf({
    'en_reuters_0628.txt': [
      ' date 2023-06-28 Riots erupt in Paris suburb after police kill teenager',
      '',
      'The interior ministry said 31 people were arrested overnight and 24 police officers were injured.',
    ].join('\n'),
    'nl_nos_0628.txt': [
      ' date 2023-06-28 Onrust in Nanterre na dood van tiener',
      '',
      'Afgelopen nacht raakten 24 agenten gewond, meldt het ministerie van Binnenlandse Zaken.',
    ].join('\n'),
    'de_zdf_0628.txt': [
      ' date 2023-06-28 Krawalle in Nanterre',
      '',
      'In der Nacht zum Mittwoch wurden nach Angaben des Innenministeriums 24 Polizisten verletzt. Auch drei Feuerwehrleute wurden in der Nacht verletzt.',
    ].join('\n'),
  });
}, 30_000);

describe('injured of different groups', () => {
  it('the mayor’s wife and child are one event, the 45 police officers injured another', () => {
    const [family] = eventsFrom(mayor, 'The wife of mayor Vincent Jeanbrun');
    const [police] = eventsFrom(mayor, '45 police officers were injured.');
    expect(family?.title).toBe('2 people injured');
    expect(family?.figures.map((f) => f.value)).toEqual([2]);
    expect(police?.title).toBe('45 police and soldiers injured');
    expect(police?.sources.map((s) => s.sentence)).toEqual(['45 police officers were injured.']);
  });

  it('the 24 police officers injured on Tuesday night are one event in English, Dutch and German', () => {
    const police = eventsFrom(night, '24 police officers were injured').find((e) => e.kind === 'injury');
    expect(police?.title).toBe('24 police and soldiers injured');
    expect(police?.when.start.slice(0, 10)).toBe('2023-06-27');
    expect(police?.sources.map((s) => s.document).sort()).toEqual([
      'de_zdf_0628',
      'en_reuters_0628',
      'nl_nos_0628',
    ]);
  });

  it('the three firefighters injured that night are no part of the police officers’ toll', () => {
    const [firefighters] = eventsFrom(night, 'drei Feuerwehrleute');
    expect(firefighters?.title).toBe('3 firefighters injured');
    expect(firefighters?.sources.map((s) => s.sentence)).toEqual([
      'Auch drei Feuerwehrleute wurden in der Nacht verletzt.',
    ]);
  });
});
