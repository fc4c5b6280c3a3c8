/**
 * Clashes in a story of armed conflict (a ceasefire, a militia) are fighting between armed forces,
 * no riot; clashes with the police or of protesters stay riots wherever they are told.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const kindsOf = async (lang: string, background: string, sentence: string) => {
  const file = await eventFileOf({
    [`${lang}.txt`]: ` date 2023-04-27 Report\n\n${background}\n\n${sentence}\n`,
  });
  return eventsFrom(file, sentence).map((e) => e.kind);
};

describe('clashes in a war', () => {
  it.each([
    [
      'en',
      'The 72-hour ceasefire between the army and the Rapid Support Forces came into force on Tuesday.',
      'Thousands of foreigners who fled the fighting in Khartoum have arrived in Port Sudan on the Red Sea after a journey of more than 800km by road, as a US-brokered ceasefire was strained by new clashes.',
    ],
    [
      'en',
      'The commander of the Rapid Support Forces said that his forces will respect the truce.',
      'The World Health Organization said on Friday that the number of the dead of the clashes rose to 413 dead and 3551 wounded since the beginning of the fighting last Saturday.',
    ],
    [
      'nl',
      'Sinds dinsdag geldt een staakt-het-vuren tussen het leger en de paramilitaire RSF.',
      'In Khartoem waren woensdag opnieuw botsingen.',
    ],
    [
      'de',
      'Seit Dienstag gilt eine Waffenruhe zwischen der Armee und der RSF-Miliz.',
      'In Khartum gab es am Mittwoch neue Zusammenstöße.',
    ],
  ])('[%s] “%s” … “%s” tells no riot', async (lang, background, sentence) => {
    expect(await kindsOf(lang, background, sentence)).not.toContain('riot');
  });

  it.each([
    [
      'en',
      'A ceasefire came into force on Tuesday.',
      'There were clashes between police and protesters in Yerevan on Wednesday.',
    ],
    [
      'nl',
      'Het staakt-het-vuren ging dinsdag in.',
      'In Jerevan waren woensdag botsingen tussen politie en demonstranten.',
    ],
    [
      'de',
      'Die Waffenruhe gilt seit Dienstag.',
      'In Eriwan gab es am Mittwoch Zusammenstöße zwischen Polizei und Demonstranten.',
    ],
  ])(
    '[%s] clashes with the police are a riot, ceasefire or not: “%s”',
    async (lang, background, sentence) => {
      expect(await kindsOf(lang, background, sentence)).toContain('riot');
    },
  );
});
