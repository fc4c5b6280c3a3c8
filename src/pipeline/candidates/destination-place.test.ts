/**
 * Where a plane, train or ship was heading is no place of what befell it: the crash of a plane
 * bound for London is in Ahmedabad, not in London.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { namesDestination } from './destination-place.ts';
import { mentionIn } from './test-helpers.ts';

describe('a destination is no place of the happening', () => {
  it.each([
    [
      'en',
      'A plane bound for London crashed shortly after take-off from Ahmedabad on Thursday, killing 241 people.',
    ],
    ['nl', 'Een vliegtuig op weg naar Londen stortte donderdag kort na de start in Ahmedabad neer.'],
    [
      'de',
      'Ein Flugzeug auf dem Weg nach London ist am Donnerstag kurz nach dem Start in Ahmedabad abgestürzt.',
    ],
  ])('[%s] “%s” happened in Ahmedabad', async (lang, sentence) => {
    const file = await eventFileOf({ [`${lang}_crash.txt`]: ` date 2025-06-12 Titel\n\n${sentence}\n` });
    const places = eventsFrom(file, sentence).flatMap((e) => e.places);
    expect(places).toContain('ahmedabad');
    expect(places).not.toContain('london');
  });

  it('a leader who fled to the Maldives still went there', async () => {
    const sentence = 'President Gotabaya Rajapaksa fled to the Maldives on Wednesday.';
    const file = await eventFileOf({ 'en_flight.txt': ` date 2022-07-13 Title\n\n${sentence}\n` });
    expect(eventsFrom(file, sentence).flatMap((e) => e.places)).toContain('maldives');
  });
});

describe('where a plane or a flight was bound is no place of what happened before it took off', () => {
  it.each([
    [
      'One of them was arrested at Paris-Charles de Gaulle airport shortly before he wanted to board a plane to Algeria.',
      'Algeria',
      true,
    ],
    [
      'Een van hen werd op Schiphol aangehouden toen hij op het punt stond een vliegtuig naar Marokko te nemen.',
      'Marokko',
      true,
    ],
    [
      'Einer der Männer wurde am Flughafen festgenommen, als er in ein Flugzeug nach Algerien steigen wollte.',
      'Algerien',
      true,
    ],
    [
      'A contractor was arrested at Istanbul airport on Friday as he tried to leave for Montenegro.',
      'Montenegro',
      true,
    ],
    ['Een aannemer werd vrijdag aangehouden, hij wilde naar Montenegro vluchten.', 'Montenegro', true],
    [
      'Ein Bauunternehmer wurde am Freitag festgenommen, er wollte nach Montenegro ausreisen.',
      'Montenegro',
      true,
    ],
    [
      'Das Depot war am Montagabend explodiert, als sich dort Hunderte Menschen mit Benzin für die Flucht nach Armenien versorgen wollten.',
      'Armenien',
      true,
    ],
    [
      'Het depot ontplofte toen honderden mensen er benzine tankten voor de vlucht naar Armenië.',
      'Armenië',
      true,
    ],
    ['Hij vluchtte vrijdag naar Montenegro.', 'Montenegro', false],
    ['The president flew to Moscow on Sunday.', 'Moscow', false],
    ['Police arrested two men in Paris before their flight.', 'Paris', false],
  ])('“%s”: %s is only where a flight was bound: %s', (text, name, expected) => {
    expect(namesDestination(text, mentionIn(text, name, 'place'))).toBe(expected);
  });
});

describe('the two ends of a journey are no places of what befell it on the way', () => {
  it.each<[string, string, string, boolean]>([
    [
      'en',
      'Malaysia Airlines flight MH17, a Boeing 777 flying from Amsterdam to Kuala Lumpur, crashed on Thursday near Hrabove.',
      'Amsterdam',
      true,
    ],
    [
      'en',
      'Malaysia Airlines flight MH17, a Boeing 777 flying from Amsterdam to Kuala Lumpur, crashed on Thursday near Hrabove.',
      'Kuala Lumpur',
      true,
    ],
    [
      'de',
      'Die Boeing 777 war am Donnerstagnachmittag auf dem Weg von Amsterdam nach Kuala Lumpur, als sie abstürzte.',
      'Amsterdam',
      true,
    ],
    [
      'nl',
      'Aan boord van vlucht MH17 van Amsterdam naar Kuala Lumpur waren 295 mensen.',
      'Kuala Lumpur',
      true,
    ],
    [
      'en',
      'The Boeing 787-8 Dreamliner, flight AI171 to London Gatwick, came down in a residential area.',
      'London',
      true,
    ],
    ['en', 'The protests spread from Tbilisi to Batumi on Sunday.', 'Batumi', false],
    ['en', 'Malaysia Airlines flight MH17 crashed near Hrabove.', 'Hrabove', false],
  ])('[%s] “%s”: %s is an end of the route: %s', (_lang, text, place, expected) => {
    expect(namesDestination(text, mentionIn(text, place, 'place'))).toBe(expected);
  });
});
