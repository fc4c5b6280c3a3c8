/**
 * A failure of computer systems (the CrowdStrike outage of July 2024) in English, Dutch and German
 * news: an outage of its own kind, and computers that crash are no crash of a vehicle.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('IT outages', () => {
  it.each([
    [
      'en',
      'Friday a faulty software update from cybersecurity firm CrowdStrike caused a global technology outage, grounding flights.',
    ],
    ['en', 'Friday Windows computers using the Falcon software crashed and showed a blue error screen.'],
    [
      'nl',
      'Vrijdag heeft een wereldwijde computerstoring grote problemen veroorzaakt bij luchtvaartmaatschappijen en banken.',
    ],
    ['de', 'Freitag legte eine weltweite IT-Störung Flughäfen und Banken lahm.'],
    ['de', 'Freitag fielen weltweit Millionen Windows-Rechner aus.'],
  ])('[%s] “%s” reports an IT outage', (lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2024-07-19');
    expect(kinds.map((c) => c.kind)).toContain('it-outage');
    expect(kinds.map((c) => c.kind)).not.toContain('accident');
  });

  it.each([
    ['en', 'Friday a small plane crashed near the airport.', 'accident'],
    ['de', 'Freitag ist ein Kleinflugzeug abgestürzt.', 'accident'],
    ['en', 'Friday a power outage left 20,000 homes without electricity.', 'disruption'],
  ])('[%s] “%s” is still a %s, no IT outage', (lang, text, kind) => {
    const kinds = kindsAndTitles(lang, text, '2024-07-19').map((c) => c.kind);
    expect(kinds).toContain(kind);
    expect(kinds).not.toContain('it-outage');
  });

  it.each([
    ['de', 'Freitag fielen wegen der IT-Störung Hunderte Flüge aus.'],
    ['nl', 'Vrijdag werden door de computerstoring tientallen vluchten geschrapt.'],
    ['en', 'Friday more than 3,000 flights were canceled because of the outage of Windows computers.'],
  ])('[%s] “%s” reports the flights cancelled, the outage only as their cause', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-19')).toEqual([
      { kind: 'cancellation', title: 'Flights cancelled' },
    ]);
  });

  it('takes no “it” for computers: an aircraft that went down is no IT outage', () => {
    const text = 'Friday the aircraft went down in a river gorge minutes before it was due to land.';
    expect(kindsAndTitles('en', text, '2024-07-19').map((c) => c.kind)).not.toContain('it-outage');
  });
});
