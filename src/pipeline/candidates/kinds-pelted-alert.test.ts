/**
 * Visitors pelted by a crowd ("pelted with mud", "met modder bekogeld", "mit Schlamm beworfen") and
 * an alert sent to people's phones ("emergency alert", "sms-alarm", "Warnung per Handy") are news
 * of their own: neither a protest, a weather service's warning nor the disaster they follow.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a crowd pelting visitors is told as such, with whom it befell and where', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'de',
      'Sonntag war König Felipe VI. bei einem Besuch in Paiporta von wütenden Anwohnern mit Schlamm beworfen worden.',
      [['König Felipe VI', 'actor', 'felipe-vi']],
      'felipe-vi',
    ],
    [
      'nl',
      'Zondag werd premier Sánchez in Paiporta met modder bekogeld, samen met koning Felipe.',
      [
        ['Sánchez', 'actor', 'pedro-sanchez'],
        ['koning Felipe', 'actor', 'felipe-vi'],
      ],
      'pedro-sanchez',
    ],
    [
      'en',
      'Sunday King Felipe VI was pelted with mud in Paiporta.',
      [['King Felipe VI', 'actor', 'felipe-vi']],
      'felipe-vi',
    ],
  ])('[%s] “%s” befell %s in Paiporta', (lang, text, mentions, patient) => {
    const found = candidatesOf(lang, text, '2024-11-03', [...mentions, ['Paiporta', 'place', 'paiporta']]);
    const pelted = found.find((c) => c.kind === 'pelted');
    expect(pelted?.patient).toBe(patient);
    expect(pelted?.places).toEqual(['paiporta']);
  });
});

describe('an alert sent to phones is no weather warning', () => {
  it.each([
    [
      'en',
      'Tuesday residents said the emergency alert from the regional government reached their mobile phones only at 8:11 p.m.',
    ],
    ['nl', 'Dinsdag ging het sms-alarm pas om 20.11 uur af.'],
    ['de', 'Dienstag wurde die Warnung per Handy erst um 20.11 Uhr verschickt.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-10-29')).toContainEqual({
      kind: 'phone-alert',
      title: 'Alert sent to phones',
    });
  });

  it('a red alert of the weather service is a warning still', () => {
    expect(kindsAndTitles('en', 'Tuesday AEMET issued a red alert for the province.', '2024-10-29')).toEqual([
      { kind: 'warning', title: 'Warning issued' },
    ]);
  });
});

describe('a protest over the handling of a disaster reports the protest, not the disaster', () => {
  it.each([
    [
      'nl',
      'Zaterdag zijn tienduizenden mensen de straat op gegaan uit woede over de aanpak van de overstromingen.',
    ],
    ['en', 'Saturday tens of thousands took to the streets in anger over the handling of the floods.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-11-09').map((c) => c.kind)).toEqual(['protest']);
  });
});
