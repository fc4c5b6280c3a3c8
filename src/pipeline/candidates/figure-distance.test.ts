/**
 * A figure belongs to the happening it counts: the subject of a clause opened by "and" belongs to that
 * clause's trigger, and a crash or an outage with a figure of its own keeps it, so neither the people
 * on board nor the homes without power are counted among the dead.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('which happening a figure counts', () => {
  it.each<[string, string, { kind: string; title: string }[]]>([
    [
      'en',
      'Saturday a man died at the scene and two women were taken to hospital with serious injuries.',
      [
        { kind: 'death', title: 'People killed' },
        { kind: 'injury', title: '2 people injured' },
      ],
    ],
    [
      'en',
      'Saturday five people were killed and 20 people were injured.',
      [
        { kind: 'death', title: '5 people killed' },
        { kind: 'injury', title: '20 people injured' },
      ],
    ],
    [
      'en',
      'Sunday a plane carrying 72 people crashed while landing, killing at least 68 people.',
      [
        { kind: 'death', title: 'At least 68 people killed' },
        { kind: 'accident', title: 'Crash' },
      ],
    ],
    [
      'en',
      'Thursday the storm killed at least 12 people and leaving more than two million homes without power.',
      [
        { kind: 'death', title: 'At least 12 people killed' },
        { kind: 'disruption', title: 'More than 2 million homes without electricity' },
      ],
    ],
    [
      'nl',
      'Donderdag zaten duizenden huishoudens zonder stroom en kwamen twee mensen om het leven.',
      [
        { kind: 'death', title: '2 people killed' },
        { kind: 'disruption', title: 'Thousands of homes without electricity' },
      ],
    ],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(kindsAndTitles(lang, text, '2025-03-15')).toEqual(expect.arrayContaining(expected));
  });
});

describe('a death toll counts the dead, whatever injured person its clause names after it', () => {
  it.each<[string, string]>([
    [
      'de',
      'Freitag war die Zahl der Toten auf 15 gestiegen, nachdem eine verletzte Frau im Krankenhaus gestorben war.',
    ],
    ['en', 'Friday the death toll rose to 15 after an injured woman died in hospital.'],
    ['nl', 'Vrijdag steeg het dodental tot 15 nadat een gewonde vrouw in het ziekenhuis was overleden.'],
  ])('[%s] “%s” tells of 15 dead and counts no injured', (lang, text) => {
    const found = kindsAndTitles(lang, text, '2024-11-15');
    expect(found).toContainEqual({ kind: 'death', title: '15 people killed' });
    expect(found.map((c) => c.title)).not.toContain('15 people injured');
  });
});
