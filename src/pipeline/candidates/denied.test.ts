/** A denied happening ("no evidence of a cyberattack") is no event; a reported one stays. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const KURTZ: MentionSpec = ['George Kurtz', 'actor', 'george-kurtz'];
const VAN_WEEL: MentionSpec = ['Van Weel', 'actor', 'van-weel'];
const BSI: MentionSpec = ['BSI', 'actor', 'bsi'];
const POTSDAM: MentionSpec = ['Potsdam', 'place', 'potsdam'];

describe('a denied happening is no event', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      "an English 'had not formally resigned' reports no resignation",
      'en',
      'Her son, Sajeeb Wazed Joy, told the Guardian on Wednesday that his mother had not formally resigned before she fled.',
      [['Sajeeb Wazed Joy', 'actor', 'name:sajeeb-wazed-joy']],
      [],
    ],
    [
      "a German 'sei nicht offiziell zurückgetreten' reports no resignation",
      'de',
      'Am Mittwoch sagte ihr Sohn Sajeeb Wazed Joy, seine Mutter sei nicht offiziell zurückgetreten.',
      [['Sajeeb Wazed Joy', 'actor', 'name:sajeeb-wazed-joy']],
      ['statement'],
    ],
    [
      "an English 'no rescue teams had arrived' reports no arrival",
      'en',
      'Tuesday families waited outside, some of them complaining that no rescue teams had arrived for days.',
      [],
      [],
    ],
    [
      "a German 'keine Rettungsteams waren eingetroffen' reports no arrival",
      'de',
      'Dienstag klagten Familien, dass noch keine Rettungsteams waren eingetroffen.',
      [],
      [],
    ],
    [
      "a German 'Festnahmen gab es … nicht' reports no arrest",
      'de',
      'Festnahmen gab es am Donnerstag nach Angaben der Bundesanwaltschaft nicht.',
      [['Bundesanwaltschaft', 'actor', 'german-federal-prosecutor']],
      [],
    ],
    [
      "a Dutch 'Arrestaties waren er niet' reports no arrest",
      'nl',
      'Arrestaties waren er donderdag volgens het Openbaar Ministerie niet.',
      [['Openbaar Ministerie', 'actor', 'public-prosecution-service']],
      [],
    ],
    [
      "an English 'rescue teams had arrived' still reports the arrival",
      'en',
      'Tuesday rescue teams had arrived in the city.',
      [],
      ['arrival'],
    ],
    [
      "an English 'not a security incident or cyberattack' reports no attack",
      'en',
      'Friday George Kurtz said the outage was not a security incident or cyberattack.',
      [KURTZ],
      ['statement'],
    ],
    [
      "an English 'no evidence of a cyberattack' reports no attack",
      'en',
      'Friday George Kurtz said there was no evidence of a cyberattack.',
      [KURTZ],
      ['statement'],
    ],
    [
      "a German 'nicht um einen Cyberangriff' reports no attack",
      'de',
      'Freitag erklärte George Kurtz, es handle sich nicht um einen Cyberangriff.',
      [KURTZ],
      ['statement'],
    ],
    [
      "a German 'keine Hinweise auf einen Cyberangriff' reports no attack",
      'de',
      'Freitag sagte eine Sprecherin des BSI, es gebe keine Hinweise auf einen Cyberangriff.',
      [BSI],
      ['statement'],
    ],
    [
      "a Dutch 'geen aanwijzingen voor een cyberaanval' reports no attack",
      'nl',
      'Vrijdag zei minister Van Weel dat er geen aanwijzingen zijn voor een cyberaanval.',
      [VAN_WEEL],
      ['statement'],
    ],
    [
      "an English 'denied initial reports that the ship had been partially refloated' reports no refloating",
      'en',
      'Friday the company denied initial reports that the ship had been partially refloated.',
      [],
      [],
    ],
    [
      "a German 'bestritt, dass … festgenommen worden sei' reports no arrest",
      'de',
      'Freitag bestritt die Polizei, dass Demonstranten festgenommen worden seien.',
      [],
      [],
    ],
    [
      "a Dutch 'liep af zonder dat Bazoum werd vrijgelaten' reports the expiry and no release",
      'nl',
      'Het ultimatum van Ecowas aan de junta liep zondag af zonder dat Bazoum werd vrijgelaten.',
      [
        ['Ecowas', 'actor', 'ecowas'],
        ['Bazoum', 'actor', 'bazoum'],
      ],
      ['ultimatum-expired'],
    ],
    [
      "a German 'ohne dass Bazoum freigelassen wurde' reports the expiry and no release",
      'de',
      'Das Ultimatum lief am Sonntag ab, ohne dass Bazoum freigelassen wurde.',
      [['Bazoum', 'actor', 'bazoum']],
      ['ultimatum-expired'],
    ],
    [
      "an English 'expired without Bazoum being released' reports the expiry and no release",
      'en',
      'The ultimatum expired on Sunday without Bazoum being released.',
      [['Bazoum', 'actor', 'bazoum']],
      ['ultimatum-expired'],
    ],
    [
      "'were released without charge' still reports the release",
      'en',
      'Friday George Kurtz was released without charge in Potsdam.',
      [KURTZ, POTSDAM],
      ['release'],
    ],
    [
      "'denied the charges after he was arrested' still reports the arrest",
      'en',
      'Friday George Kurtz denied the charges after he was arrested in Potsdam.',
      [KURTZ, POTSDAM],
      ['statement', 'arrest'],
    ],
    [
      "'no one was hurt in the attack' still reports the attack",
      'en',
      'Sunday no one was hurt in the attack on the city hall of Potsdam.',
      [POTSDAM],
      ['attack'],
    ],
    [
      "a German 'nicht nur' before another word still reports the attack",
      'de',
      'Sonntag hat ein Cyberangriff nicht nur die Stadtverwaltung von Potsdam lahmgelegt.',
      [POTSDAM],
      ['attack'],
    ],
    [
      "a German 'kehrte nicht zurück' reports no return",
      'de',
      'Schettino kehrte nicht zurück.',
      [['Schettino', 'actor', 'name:francesco-schettino']],
      [],
    ],
    [
      "a Dutch 'keerde niet naar het schip terug' reports no return",
      'nl',
      'Schettino keerde niet naar het schip terug.',
      [['Schettino', 'actor', 'name:francesco-schettino']],
      [],
    ],
    [
      "an English 'Borders have not been closed' reports no closing",
      'en',
      "Borders have not been closed, the interior ministry clarifies, but controls have been reinstated at all of France's borders.",
      [],
      [],
    ],
    [
      "a Dutch truce that 'werd niet nageleefd' is broken: the trigger's own words deny",
      'nl',
      'Een bestand ter gelegenheid van het Suikerfeest, dat vrijdag inging, werd niet nageleefd.',
      [],
      ['ceasefire-broken'],
    ],
    [
      "a German 'kehrte am Montag zurück' reports the return",
      'de',
      'Schettino kehrte am Montag nach Meta di Sorrento zurück.',
      [['Schettino', 'actor', 'name:francesco-schettino']],
      ['return'],
    ],
  ])('%s', (_name, lang, text, mentions, kinds) => {
    expect(kindsAndTitles(lang, text, '2024-07-19', mentions).map((c) => c.kind)).toEqual(kinds);
  });
});
