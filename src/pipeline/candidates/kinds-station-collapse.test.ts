/**
 * The canopy of Novi Sad's railway station, November 2024: a canopy, luifel or Vordach that
 * collapses is a structure's collapse; fourteen people killed befall many, whoever the sentence
 * names; the dead commemorated are not killed again.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, candidatesOf, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NOVI_SAD: MentionSpec = ['Novi Sad', 'place', 'novi-sad'];
const VESIC: MentionSpec = ['Goran Vesić', 'actor', 'name:goran-vesic'];

describe('a canopy that collapses is a collapse', () => {
  it.each<[string, string]>([
    ['en', 'A concrete canopy at the railway station in Novi Sad collapsed on Friday, killing 14 people.'],
    ['nl', 'Vrijdag stortte de betonnen luifel van het station in Novi Sad in.'],
    ['de', 'Am Freitag war das Bahnhofsvordach in Novi Sad eingestürzt.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-11-01', [NOVI_SAD])).toContainEqual({
      kind: 'disaster',
      title: 'Collapse in Novi Sad',
    });
  });
});

describe('fourteen people killed befell many', () => {
  it('the minister a pronoun stands for, who takes responsibility for the collapse, is not the one killed', () => {
    const doc = article('nos', 'nl', [
      { text: 'De Servische minister van Bouw, Goran Vesić, is vandaag afgetreden.', mentions: [VESIC] },
      {
        text: 'Hij neemt de verantwoordelijkheid voor de instorting van een luifel, waarbij vrijdag veertien mensen om het leven kwamen.',
      },
    ]);
    const deaths = extractCandidates(doc).filter((c) => c.kind === 'death');
    expect(deaths.map((c) => [c.title, c.patient])).toEqual([['14 people killed', 'many']]);
  });

  it('a victim named beside the others killed stays the one it befell', () => {
    const text = 'Goran Vesić was killed on Friday along with fourteen other people.';
    const deaths = candidatesOf('en', text, '2024-11-01', [VESIC]).filter((c) => c.kind === 'death');
    expect(deaths.map((c) => c.patient)).toEqual(['name:goran-vesic']);
  });
});

describe('the dead commemorated are no deaths', () => {
  it.each<[string, string]>([
    ['de', 'In Belgrad blockierten Demonstranten am Sonntag Kreuzungen, um der Todesopfer zu gedenken.'],
    ['nl', 'Duizenden mensen herdachten zondag de doden van de instorting.'],
    ['en', 'Thousands gathered on Sunday to commemorate the 15 dead.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-11-24').map((k) => k.kind)).not.toContain('death');
  });
});
