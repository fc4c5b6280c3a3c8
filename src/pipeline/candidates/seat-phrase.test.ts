import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './lexicon.ts';
import { mentionIn } from './test-helpers.ts';
import { namesSeat } from './seat-phrase.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

const SEAT_WORDS = defaultLexicon.seatWords;

describe('namesSeat', () => {
  it.each<[string, string, string, boolean]>([
    [
      'the rights group “mit Sitz in Oslo” sits there',
      'Die Menschenrechtsorganisation Iran Human Rights (IHR) mit Sitz in Oslo hatte bereits am Donnerstag von mindestens 31 getöteten Zivilisten gesprochen.',
      'Oslo',
      true,
    ],
    [
      'a group “based in Oslo” sits there',
      'Iran Human Rights, a group based in Oslo, said on Sunday that at least 92 people had been killed in the crackdown.',
      'Oslo',
      true,
    ],
    [
      'a group “headquartered in London” sits there',
      'Amnesty International, headquartered in London, said on Monday that police had killed 12 protesters.',
      'London',
      true,
    ],
    [
      'an observatory “met hoofdkantoor in Londen” sits there',
      'Het Syrisch Observatorium voor de Mensenrechten, met hoofdkantoor in Londen, meldde zondag dat zeker 26 mensen zijn gedood.',
      'Londen',
      true,
    ],
    [
      'an organisation “gevestigd in Oslo” sits there',
      'De mensenrechtenorganisatie Iran Human Rights, gevestigd in Oslo, meldde zondag dat zeker 92 mensen zijn gedood.',
      'Oslo',
      true,
    ],
    [
      'a manager speaking “at the carmaker’s headquarters in Wolfsburg” spoke there',
      '"Management is deadly serious about all this," Cavallo said at the carmaker\'s headquarters in Wolfsburg.',
      'Wolfsburg',
      false,
    ],
    [
      'the capital where people were killed is where it happened',
      'Seventeen people were killed in the capital Kathmandu and two in the eastern city of Itahari, police said.',
      'Kathmandu',
      false,
    ],
  ])('%s', (_, text, name, seat) => {
    expect(namesSeat(text, mentionIn(text, name, 'place'), SEAT_WORDS)).toBe(seat);
  });
});

describe('the city an organisation sits in is no place of what it reports', () => {
  it.each([
    [
      'de',
      'Die Menschenrechtsorganisation Iran Human Rights (IHR) mit Sitz in Oslo hatte bereits am Donnerstag von mindestens 31 getöteten Zivilisten gesprochen.',
    ],
    [
      'en',
      'Iran Human Rights, a group based in Oslo, said on Sunday that at least 92 people had been killed in the crackdown.',
    ],
    [
      'nl',
      'De mensenrechtenorganisatie Iran Human Rights, gevestigd in Oslo, meldde zondag dat zeker 92 mensen zijn gedood.',
    ],
  ])('[%s] “%s” gives its count without Oslo', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2022-10-03'));
    const events = eventsFrom(file, sentence);
    expect(events.map((e) => e.title)).toContain(
      lang === 'de' ? 'At least 31 people killed' : 'At least 92 people killed',
    );
    expect(events.flatMap((e) => e.places)).not.toContain('oslo');
  });

  it('a place the happening has stays beside the seat: “headquartered in London … in Tehran”', async () => {
    const sentence =
      'Amnesty International, headquartered in London, said on Monday that police had killed 12 protesters in Tehran.';
    const file = await eventFileOf(sentenceArticles([['en.txt', sentence]], '2022-10-04'));
    const places = eventsFrom(file, sentence).flatMap((e) => e.places);
    expect(places).toContain('tehran');
    expect(places).not.toContain('london');
  });
});
