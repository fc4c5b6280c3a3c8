/**
 * "There were also explosions" right after the shootings of a night: the explosions are told as
 * part of that scene, one event with the shootings, in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

async function eventsOf(lang: string, paragraphs: string[]) {
  return eventFileOf({ [`${lang}_a.txt`]: ` date 2022-01-08 Report\n\n${paragraphs.join('\n\n')}\n` });
}

describe('a happening a sentence adds with "There were also" to the one before', () => {
  it.each([
    [
      'en',
      [
        'During the night to Saturday, according to the portal Vlast.kz, there were shootings in at least two places in Almaty.',
        'There were also explosions.',
      ],
    ],
    [
      'en',
      [
        'In the night from Friday to Saturday, a local news site reported, shootings took place in at least two places in Almaty. There were also explosions and eyewitnesses spoke of a burning car.',
      ],
    ],
    [
      'nl',
      [
        'In de nacht naar zaterdag werd volgens de nieuwssite Vlast.kz op minstens twee plaatsen in Almaty geschoten. Er waren ook explosies.',
      ],
    ],
    [
      'de',
      [
        'In der Nacht zum Samstag gab es nach Angaben des Portals Vlast.kz an mindestens zwei Orten in Almaty Schießereien. Es gab auch Explosionen.',
      ],
    ],
  ])('[%s] %j: the explosions are told with the shootings', async (lang, paragraphs) => {
    const file = await eventsOf(lang, paragraphs);
    const also = paragraphs
      .join(' ')
      .split(/(?<=\.) /)
      .at(-1) as string;
    const told = eventsFrom(file, also);
    expect(told.map((e) => e.kind)).toEqual(['shooting']);
    expect(told[0]?.places).toEqual(['almaty']);
  });

  it.each([
    [
      'explosions told on a day of their own are another happening',
      'In the night to Saturday there were shootings in at least two places in Almaty. There were also explosions on Sunday.',
    ],
    [
      'explosions added to a sentence telling two happenings join neither',
      'In the night to Saturday there were shootings in Almaty and police arrested 40 people. There were also explosions.',
    ],
  ])('%s', async (_name, text) => {
    const file = await eventsOf('en', [text]);
    const explosions = file.events.filter((e) => e.kind === 'explosion');
    expect(explosions).toHaveLength(1);
  });
});
