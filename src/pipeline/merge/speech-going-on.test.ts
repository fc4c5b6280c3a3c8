/**
 * What "He said …" goes on with, right after a sentence that names a speech in the same
 * paragraph, was said in that speech: one event cites both sentences, whatever the first tells
 * the speaker did in it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

type Case = [name: string, lang: string, first: string, second: string, paragraphs: boolean, one: boolean];

const CASES: Case[] = [
  [
    'the refusal to negotiate is part of the televised address with the order to fire',
    'en',
    'Kazakh President Kassym-Jomart Tokayev said in a televised address Friday morning that he has ordered the military to fire without warning if the disturbances continue.',
    'He said he would not negotiate with the protesters and that those who do not surrender “will be destroyed”.',
    false,
    true,
  ],
  [
    'a Dutch "Hij zei" goes on with the televisietoespraak',
    'nl',
    'President Tokajev zei vrijdagochtend in een televisietoespraak dat hij het leger opdracht heeft gegeven zonder waarschuwing te schieten.',
    'Hij zei dat hij niet zou onderhandelen met de betogers.',
    false,
    true,
  ],
  [
    'a sentence that names no speech joins no saying after it',
    'en',
    'Kazakh President Kassym-Jomart Tokayev said on Friday that he has ordered the military to fire without warning if the disturbances continue.',
    'He said he would not negotiate with the protesters and that those who do not surrender “will be destroyed”.',
    false,
    false,
  ],
  [
    'a saying in the next paragraph goes on with no speech',
    'en',
    'Kazakh President Kassym-Jomart Tokayev said in a televised address Friday morning that he has ordered the military to fire without warning if the disturbances continue.',
    'He said he would not negotiate with the protesters and that those who do not surrender “will be destroyed”.',
    true,
    false,
  ],
];

const files = new Map<string, EventFile>();
beforeAll(async () => {
  for (const [name, lang, first, second, paragraphs] of CASES) {
    const text = `${first}${paragraphs ? '\n\n' : ' '}${second}`;
    files.set(name, await eventFileOf({ [`${lang}_speech.txt`]: ` date 2022-01-08 Report\n\n${text}\n` }));
  }
}, 120_000);

describe('a saying that goes on with a speech', () => {
  it.each(CASES)('%s', (name, _lang, first, second, _paragraphs, one) => {
    const file = files.get(name) as EventFile;
    const withFirst = eventsFrom(file, first).map((e) => e.id);
    const withSecond = eventsFrom(file, second).map((e) => e.id);
    expect(withSecond.length).toBeGreaterThan(0);
    expect(withSecond.some((id) => withFirst.includes(id))).toBe(one);
  });
});
