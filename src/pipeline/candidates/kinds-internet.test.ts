/** An internet blackout is the internet shut down; internet restored is its end, never another shutdown. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('the internet cut off or restored', () => {
  it.each<[string, string, string, string]>([
    [
      'an English "internet blackout" is the internet shut down',
      'en',
      'Wednesday the country was hit by a nationwide internet blackout.',
      'internet',
    ],
    [
      'a "blackout" of the internet is the internet shut down',
      'en',
      'Wednesday a blackout cut the country off from the internet.',
      'internet',
    ],
    [
      'a Dutch "internetblokkade" is the internet shut down',
      'nl',
      'Woensdag gold in het hele land een internetblokkade.',
      'internet',
    ],
    [
      'a German "Internetsperre" is the internet shut down',
      'de',
      'Mittwoch verhängten die Behörden eine landesweite Internetsperre.',
      'internet',
    ],
    [
      'English internet access that "has been largely cut" is the internet shut down',
      'en',
      'Sunday internet access has been largely cut across Belarus.',
      'internet',
    ],
    [
      'English internet access "restored" is the internet restored',
      'en',
      'Sunday shops were reopening and internet access was partially restored.',
      'internet-restored',
    ],
    [
      'Dutch internet "hersteld" is the internet restored',
      'nl',
      'Zondag werd de internetverbinding deels hersteld.',
      'internet-restored',
    ],
    [
      'German internet "wiederhergestellt" is the internet restored',
      'de',
      'Sonntag wurde der Zugang zum Internet teilweise wiederhergestellt.',
      'internet-restored',
    ],
    [
      'a power blackout is still a power outage',
      'en',
      'Wednesday a blackout left 20,000 homes without electricity.',
      'disruption',
    ],
  ])('%s', (_name, lang, text, kind) => {
    const kinds = kindsAndTitles(lang, text, '2022-01-05').map((c) => c.kind);
    expect(kinds).toContain(kind);
    if (kind !== 'internet') expect(kinds).not.toContain('internet');
  });
});
