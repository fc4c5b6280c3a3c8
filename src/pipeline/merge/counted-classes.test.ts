/**
 * Reports that count one act only of groups of different classes, with no number in common, tell
 * two counts; a toll that sets a group among it counts the class of its whole.
 */
import { describe, expect, it } from 'vitest';
import { groupsClash, type GroupCount } from './counted-groups.ts';

const police = 'police and soldiers';

function count(group: string, value: number, document: string, act = 'injured', part = false): GroupCount {
  const kind = group === police ? 'security' : 'people';
  return { act, kind, group, value, document, exact: true, part };
}

describe('counts of one act in different reports', () => {
  const cases: { clash: boolean; a: GroupCount[]; b: GroupCount[]; name: string }[] = [
    {
      clash: true,
      a: [count(police, 95, 'en_reuters_0105'), count(police, 748, 'en_ap_0107')],
      b: [count('people', 1000, 'nl_nos_0106')],
      name: '“95 police officers had been injured”, “748 injured” of the security forces, and “Meer dan 1000 mensen raakten gewond”',
    },
    {
      clash: false,
      a: [count(police, 95, 'en_reuters_0105')],
      b: [count(police, 353, 'en_guardian_0106')],
      name: 'the security forces’ injured, 95 and then 353: one running count',
    },
    {
      clash: false,
      a: [count(police, 24, 'en_reuters_0628')],
      b: [count('people', 24, 'nl_nos_0628')],
      name: '“24 police officers were injured” and 24 people in another report: one count named loosely',
    },
    {
      clash: true,
      a: [
        count('people', 225, 'en_reuters_0115', 'killed'),
        count(police, 19, 'en_reuters_0115', 'killed', true),
      ],
      b: [count(police, 18, 'en_ap_0107', 'killed')],
      name: '“225 people …, including 19 members of the security forces” and “18 members of the security forces had been killed”',
    },
    {
      clash: false,
      a: [
        count('people', 225, 'en_reuters_0115', 'killed'),
        count(police, 19, 'en_reuters_0115', 'killed', true),
      ],
      b: [count(police, 19, 'de_dpa_0118', 'killed')],
      name: 'the 19 of the security forces among the toll of 225, told again alone',
    },
    {
      clash: false,
      a: [count(police, 95, 'en_reuters_0105')],
      b: [count('people', 1000, 'nl_nos_0106', 'killed')],
      name: 'police officers injured and people killed: two acts, no clash of groups',
    },
  ];
  for (const { name, a, b, clash } of cases)
    it(`${name}: ${clash ? 'two counts' : 'one'}`, () => {
      expect(groupsClash(a, b)).toBe(clash);
      expect(groupsClash(b, a)).toBe(clash);
    });
});
