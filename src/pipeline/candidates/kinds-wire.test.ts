/**
 * Wire wording the lexicon reads: runoffs won, disaster declarations, volcanic eruptions and the
 * evacuations they force, prison breaks, bankruptcies, diplomats expelled and envoys summoned,
 * leaders sworn in; a relative clause ("…, which killed 57 people") tells a happening of its own.
 * And what only looks like a happening: no one hurt, a campus in mourning, missile strikes, violence
 * that erupted, a call for sanctions, members expelled from a party, witnesses summoned, a denial in
 * a relative clause, a killing a speaker called an assassination.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('happenings in wire wording', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      "Sunday Karol Nawrocki narrowly won Poland's presidential runoff.",
      'election-result',
      'Karol Nawrocki wins the election',
      [['Karol Nawrocki', 'unknown']],
    ],
    [
      'en',
      'Saturday Governor Greg Abbott signed a disaster declaration for 15 counties.',
      'emergency',
      'Greg Abbott declares a state of emergency',
      [['Greg Abbott', 'unknown']],
    ],
    ['en', 'Sunday Mount Merapi erupted, sending ash into the sky.', 'disaster', 'Volcanic eruption', []],
    [
      'en',
      'Sunday the volcano erupted, forcing authorities to evacuate more than 4,000 people.',
      'evacuation',
      'More than 4,000 people evacuated',
      [],
    ],
    ['de', 'Sonntag ist der Vulkan Ätna ausgebrochen.', 'disaster', 'Volcanic eruption', []],
    ['en', 'Monday Air France pilots went on strike.', 'protest', 'Strike', []],
    [
      'en',
      'Wednesday nearly 300 inmates escaped from a prison after floods destroyed its walls.',
      'escape',
      'About 300 prisoners escape from prison',
      [],
    ],
    [
      'en',
      'Monday Spirit Airlines filed for bankruptcy protection.',
      'bankruptcy',
      'Spirit Airlines files for bankruptcy',
      [['Spirit Airlines', 'actor', 'spirit-airlines']],
    ],
    ['de', 'Am Montag hat der Autozulieferer Insolvenz angemeldet.', 'bankruptcy', 'Bankruptcy filed', []],
    [
      'en',
      'Wednesday Britain expelled a Russian diplomat.',
      'expulsion',
      'Britain expels diplomats',
      [['Britain', 'unknown']],
    ],
    [
      'nl',
      'Woensdag heeft Nederland twee Russische diplomaten uitgewezen.',
      'expulsion',
      'Netherlands expels diplomats',
      [['Nederland', 'actor', 'netherlands']],
    ],
    [
      'de',
      'Am Mittwoch hat das Auswärtige Amt den russischen Botschafter einbestellt.',
      'summons',
      'Ambassador summoned',
      [],
    ],
    [
      'en',
      'Friday more than 30,000 people were ordered to leave their homes.',
      'evacuation',
      'More than 30,000 people told to leave',
      [],
    ],
    [
      'en',
      "Friday hundreds of thousands of people marched in Athens to mark two years since the country's deadliest train crash, which killed 57 people.",
      'protest',
      'Hundreds of thousands of people protest in Athens',
      [['Athens', 'place', 'athens']],
    ],
    [
      'en',
      "Friday hundreds of thousands of people marched in Athens to mark two years since the country's deadliest train crash, which killed 57 people.",
      'death',
      '57 people killed',
      [['Athens', 'place', 'athens']],
    ],
    ['en', 'Friday rail workers across Greece walked off the job.', 'protest', 'Strike', []],
    [
      'en',
      "Tuesday Friedrich Merz was sworn in as Germany's chancellor.",
      'sworn-in',
      'Friedrich Merz sworn in',
      [['Friedrich Merz', 'unknown']],
    ],
    [
      'nl',
      'Dinsdag werd Dick Schoof beëdigd als premier.',
      'sworn-in',
      'Dick Schoof sworn in',
      [['Dick Schoof', 'unknown']],
    ],
    [
      'en',
      'Thursday Utah Governor Spencer Cox called the killing a political assassination.',
      'statement',
      'Spencer Cox makes a statement',
      [['Spencer Cox', 'unknown']],
    ],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-06-02', mentions)).toContainEqual({ kind, title });
  });

  it.each<[string, string, string]>([
    ['nl', 'Dinsdag raakte er niemand gewond.', 'injury'],
    ['en', 'Tuesday no one was injured in the blast.', 'injury'],
    ['de', 'Dienstag wurde niemand verletzt.', 'injury'],
    ['en', 'Saturday four days of missile and drone strikes ended.', 'protest'],
    ['en', 'Sunday violence erupted in the capital.', 'disaster'],
    ['en', 'Sunday President Volodymyr Zelensky called for new sanctions against Moscow.', 'sanctions'],
    ['nl', 'Zondag dreigen de Verenigde Staten met nieuwe sancties.', 'sanctions'],
    ['de', 'Am Sonntag drohen die USA mit neuen Sanktionen.', 'sanctions'],
    ['en', 'On Sunday the United States threaten to reimpose sanctions.', 'sanctions'],
    ['en', 'Sunday the party expelled two members.', 'expulsion'],
    ['en', 'Sunday the court summoned three witnesses.', 'summons'],
    [
      'en',
      'Sunday he was sentenced to 16 years in prison on espionage charges, which he denied.',
      'statement',
    ],
  ])('[%s] “%s” reports no %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2025-06-02').map((k) => k.kind)).not.toContain(kind);
  });

  it('titles a campus in mourning as a statement, not a declaration', () => {
    const titles = kindsAndTitles(
      'en',
      'Friday university president Richard McCullough said the campus was in mourning.',
      '2025-04-18',
      [['Richard McCullough', 'unknown']],
    ).map((k) => k.title);
    expect(titles).toEqual(['Richard McCullough makes a statement']);
  });
});
