/**
 * "…, officials said on Saturday": the verb of saying after the sentence's last comma has a subject
 * of its own; the person named before the comma is whom the report is about. The arrest keeps its
 * own day, the one arrested makes no statement, and the saying, days later, only carried its news.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const ODE: MentionSpec = ['Karim Ode', 'unknown', 'name:karim-ode'];
const RUTO: MentionSpec = ['Ruto', 'unknown', 'name:ruto'];

function candidates(lang: string, text: string, thursday: string, saturday: string, mentions: MentionSpec[]) {
  return candidatesOfSentence(lang, {
    text,
    times: [day('2022-01-06', thursday), day('2022-01-08', saturday)],
    mentions,
  }).map((c) => `${c.when.start} ${c.title}`);
}

describe('an arrest that officials report after a comma', () => {
  it.each([
    [
      'en',
      'Former security chief Karim Ode was arrested on Thursday on suspicion of treason, officials said on Saturday.',
      'on Thursday',
      'on Saturday',
    ],
    [
      'nl',
      'Oud-veiligheidschef Karim Ode is donderdag opgepakt, zei een woordvoerder van de regering zaterdag.',
      'donderdag',
      'zaterdag',
    ],
    [
      'de',
      'Der frühere Geheimdienstchef Karim Ode ist am Donnerstag festgenommen worden, sagte ein Sprecher am Samstag.',
      'am Donnerstag',
      'am Samstag',
    ],
  ])('[%s] “%s” is only an arrest on Thursday', (lang, text, thu, sat) => {
    expect(candidates(lang, text, thu, sat, [ODE])).toEqual(['2022-01-06 Karim Ode arrested']);
  });
});

describe('a speaker named before the comma is still the speaker', () => {
  it.each([
    [
      'en',
      'Ruto, who took office on Thursday, said on Saturday that the troops would stay.',
      'on Thursday',
      'on Saturday',
    ],
    [
      'en',
      'Ruto, the president since Thursday, said on Saturday that the troops would stay.',
      'Thursday',
      'on Saturday',
    ],
    [
      'de',
      'Ruto, seit Donnerstag Präsident, sagte am Samstag, die Truppen blieben.',
      'Donnerstag',
      'am Samstag',
    ],
  ])('[%s] “%s”', (lang, text, thu, sat) => {
    expect(candidates(lang, text, thu, sat, [RUTO])).toContain('2022-01-08 Ruto makes a statement');
  });
});
