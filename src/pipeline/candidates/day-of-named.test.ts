/**
 * A happening told "on the day of" another the article dated ("found on the day of the crash")
 * took place that day, not somewhere in the week before publication.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

/** The news of the report's own days, ahead of the crash told as background. */
const NEWS: Record<string, string> = {
  en: 'Prosecutors in Duesseldorf said on Thursday that the co-pilot had researched suicide methods.',
  nl: 'Het Openbaar Ministerie in Düsseldorf zei donderdag dat de copiloot naar zelfmoordmethoden had gezocht.',
  de: 'Die Staatsanwaltschaft Düsseldorf sagte am Donnerstag, der Kopilot habe nach Suizidmethoden gesucht.',
};

const ARTICLES: [lang: string, lede: string, sentence: string][] = [
  [
    'en',
    'Co-pilot Andreas Lubitz is believed to have deliberately crashed the Airbus A320 on 24 March, killing all 150 people on board.',
    'The cockpit voice recorder, found on the day of the crash, suggested Mr Lubitz had locked the captain out of the cockpit.',
  ],
  [
    'nl',
    'Een Airbus A320 van Germanwings is op 24 maart in de Franse Alpen neergestort.',
    'De stemrecorder werd op de dag van de vliegtuigcrash gevonden en is inmiddels uitgelezen.',
  ],
  [
    'de',
    'Ein Airbus A320 der Germanwings ist am 24. März in den französischen Alpen abgestürzt.',
    'Der Stimmenrekorder war am Tag des Absturzes gefunden worden und ist inzwischen ausgewertet.',
  ],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(
    Object.fromEntries(
      ARTICLES.map(([lang, lede, sentence]) => [
        `${lang}.txt`,
        ` date 2015-04-03 Crash\n\n${NEWS[lang] ?? ''}\n\n${lede}\n\n${sentence}\n`,
      ]),
    ),
  );
}, 30_000);

describe('a happening told on the day of the crash', () => {
  it.each(ARTICLES)('[%s] after “%s”, “%s” is dated 24 March', (_, __, sentence) => {
    const found = eventsFrom(file, sentence).filter((e) => e.kind === 'recorder-recovered');
    expect(found.map((e) => e.when.start.slice(0, 10))).toEqual(['2015-03-24']);
  });
});
