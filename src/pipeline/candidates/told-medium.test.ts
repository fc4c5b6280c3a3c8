import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom } from '../test-articles.ts';

/** The actors of the event citing `sentence`, in a one-paragraph article of that language. */
async function actorsOf(lang: string, sentence: string): Promise<string[] | undefined> {
  const file = await eventFileOf({ [`${lang}_report.txt`]: ` date 2020-08-06 Report\n\n${sentence}\n` });
  const [event] = eventsFrom(file, sentence);
  return event && actorNames(file, event);
}

describe('the medium a source spoke to', () => {
  it.each([
    [
      'en',
      'The cabinet ordered port officials to be put under house arrest on Wednesday, ministerial sources told Reuters.',
    ],
    [
      'nl',
      'De regering plaatste woensdag de havenfunctionarissen onder huisarrest, zei een minister tegen persbureau Reuters.',
    ],
    [
      'de',
      'Die Regierung stellte am Mittwoch die Hafenbeamten unter Hausarrest, sagte der Nachrichtenagentur Reuters ein Minister.',
    ],
  ])('[%s] took no part in what was told: “%s”', async (lang, sentence) => {
    expect(await actorsOf(lang, sentence)).not.toContain('Reuters');
  });

  it.each([
    ['en', 'Bolsonaro condemned the violence on Twitter on Sunday night.'],
    ['nl', 'Bolsonaro veroordeelde zondagavond op Twitter de plunderingen.'],
    ['de', 'Bolsonaro verurteilte am Sonntagabend auf Twitter die Gewalt.'],
  ])('[%s] the platform a post was written on is no actor: “%s”', async (lang, sentence) => {
    expect(await actorsOf(lang, sentence)).not.toContain('Twitter');
  });

  it.each([
    [
      'en',
      'According to the DPA news agency, the German government has taken the necessary steps to prevent arms from being delivered.',
      'Deutsche Presse-Agentur',
    ],
    [
      'en',
      'Germany has temporarily halted arms exports to Kazakhstan, report German media based on a report from German news agency DPA.',
      'Deutsche Presse-Agentur',
    ],
    [
      'nl',
      'Duitsland heeft de export van wapens aan Kazachstan voorlopig stopgezet, melden Duitse media op basis van een bericht van Duits persbureau DPA.',
      'Deutsche Presse-Agentur',
    ],
    [
      'de',
      'Laut der Nachrichtenagentur Reuters hat die Regierung am Mittwoch die Hafenbeamten unter Hausarrest gestellt.',
      'Reuters',
    ],
  ])('[%s] the medium whose report is passed on took no part: “%s”', async (lang, sentence, medium) => {
    const actors = await actorsOf(lang, sentence);
    expect(actors).toBeDefined();
    expect(actors).not.toContain(medium);
  });

  it('is still the one who acts where it acts ("Reuters reported")', async () => {
    expect(
      await actorsOf(
        'en',
        'Reuters reported on Wednesday that port officials had been put under house arrest.',
      ),
    ).toContain('Reuters');
  });
});
