/** A weekday beside a verb that looks ahead is told as past or future by the clause it stands in. */
import { describe, expect, it } from 'vitest';
import { weekdayMentions } from './weekdays.ts';

describe('a weekday beside a verb that looks ahead', () => {
  it.each<[string, string, string | undefined, 'past' | 'future']>([
    [
      'a promise made on a day, in Dutch',
      'Premier Sánchez beloofde dinsdag dat de verantwoordelijken zullen worden aangepakt.',
      'nl',
      'past',
    ],
    [
      'what was said on a day about what will come, in English',
      'Sanchez said on Tuesday that the government will demand accountability from the operators.',
      'en',
      'past',
    ],
    [
      'a happening named by its day ("vom Montag"), in German',
      'Ein Ermittlungsrichter will klären, ob ein Cyberangriff hinter dem Blackout vom Montag steckt.',
      'de',
      'past',
    ],
    [
      'a past modal with a passive infinitive, in German',
      'Rund 30.000 Bahnreisende mussten am Montag aus liegengebliebenen Zügen befreit werden.',
      'de',
      'past',
    ],
    [
      'a plan with "will", in German',
      'Die ECOWAS will am Donnerstag auf einem weiteren Gipfel in Abuja über das weitere Vorgehen beraten.',
      'de',
      'future',
    ],
    [
      'a span that begins on a day, in German',
      'Die Geschäfte sollen vom Montag an wieder öffnen, wie die Regierung mitteilte; sie wird das prüfen.',
      'de',
      'future',
    ],
    ['a plan, in English', 'The government will decide on Tuesday.', 'en', 'future'],
    [
      'a deadline in a condition, in English',
      'Wirecard warned that banks could terminate loans if the accounts were not published by Friday.',
      'en',
      'future',
    ],
    [
      'a conference that "is to take place", in English',
      'An international donor conference is to take place on Sunday.',
      'en',
      'future',
    ],
    [
      'a deadline in a condition, in German',
      'Wirecard warnte, Banken könnten Kredite kündigen, falls die Bilanz nicht bis Freitag vorliegt.',
      'de',
      'future',
    ],
    [
      'a present that schedules, in Dutch',
      'Zondag organiseert Frankrijk een internationale donorconferentie voor Libanon.',
      'nl',
      'future',
    ],
    [
      'a present that schedules, in German',
      'Am Sonntag findet in Paris eine internationale Geberkonferenz statt.',
      'de',
      'future',
    ],
    [
      '"soll" with an infinitive, in German',
      'Am Sonntag soll eine internationale Geberkonferenz stattfinden.',
      'de',
      'future',
    ],
    [
      'a passive infinitive in a sentence of unknown language',
      'Rund 30.000 Bahnreisende mussten am Montag aus liegengebliebenen Zügen befreit werden.',
      undefined,
      'future',
    ],
    [
      'a German claim in the pluperfect beside a hearsay "soll" of a relative clause',
      'Die Terrormiliz "Islamischer Staat" hatte die Anschläge am Dienstag für sich reklamiert und ein Video verbreitet, das acht Männer bei einem Treueschwur zeigen soll.',
      'de',
      'past',
    ],
    [
      'an English day beside a "will" of a relative clause after it',
      'The group released a video on Tuesday, which will be examined by investigators.',
      'en',
      'past',
    ],
    [
      'a Dutch day beside a "zal" of a relative clause after it',
      'De politie arresteerde maandag een man, die later zal worden voorgeleid.',
      'nl',
      'past',
    ],
    [
      'a German plan with "sollen" in the weekday’s own clause still ahead',
      'Am Sonntag sollen landesweit keine Messen stattfinden, kündigte Kardinal Malcolm Ranjith an.',
      'de',
      'future',
    ],
  ])('reads %s', (_name, sentence, language, relation) => {
    expect(weekdayMentions(sentence, language).map((m) => m.relation)).toEqual([relation]);
  });
});
