/**
 * A funeral or a burial is a happening of its own ("De uitvaart van paus Franciscus", "wo Franziskus
 * beigesetzt wurde"), and a person who died is said to die, not to be killed, unless the report
 * says he was.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const FRANCIS: Record<string, MentionSpec> = {
  en: ['Pope Francis', 'actor', 'pope-francis'],
  nl: ['Franciscus', 'actor', 'pope-francis'],
  de: ['Franziskus', 'actor', 'pope-francis'],
};

describe('funerals and deaths', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      "Saturday Pope Francis was buried in the Basilica of Santa Maria Maggiore after a funeral Mass in St. Peter's Square.",
      'funeral',
      'Funeral of Pope Francis',
    ],
    [
      'nl',
      'Zaterdag werd Franciscus begraven in de Santa Maria Maggiore.',
      'funeral',
      'Funeral of Pope Francis',
    ],
    [
      'de',
      'Samstag wurde der Sarg in die Basilika Santa Maria Maggiore gebracht, wo Franziskus beigesetzt wurde.',
      'funeral',
      'Funeral of Pope Francis',
    ],
    ['en', 'Monday Pope Francis died at the age of 88.', 'death', 'Pope Francis dies'],
    ['nl', 'Maandag overleed Franciscus op 88-jarige leeftijd.', 'death', 'Pope Francis dies'],
    ['de', 'Montag starb Franziskus im Alter von 88 Jahren.', 'death', 'Pope Francis dies'],
    ['en', 'Monday Pope Francis was killed.', 'death', 'Pope Francis killed'],
  ])('%s: “%s” is %s, titled “%s”', (lang, text, kind, title) => {
    const found = kindsAndTitles(lang, text, '2025-04-26', [FRANCIS[lang] as MentionSpec]);
    expect(found.find((c) => c.kind === kind)?.title).toBe(title);
  });

  it('a figure still titles a toll told with "died": "12 people died" is 12 people killed', () => {
    const found = kindsAndTitles('en', 'Monday 12 people died in the crash.', '2025-04-21');
    expect(found.find((c) => c.kind === 'death')?.title).toBe('12 people killed');
  });
});

describe('German "von" marks who did it only in the passive', () => {
  it('"Abschied von Papst Franziskus genommen" is a farewell to him: the funeral is his', () => {
    const found = candidatesOf(
      'de',
      'Samstag haben bei der Trauerfeier mehr als 250.000 Menschen Abschied von Papst Franziskus genommen.',
      '2025-04-26',
      [['Papst Franziskus', 'actor', 'pope-francis']],
    ).find((c) => c.kind === 'funeral');
    expect(found?.patient).toBe('pope-francis');
  });

  it('"wurde … von Oleg Petrow festgenommen": in the passive he did it, and Anna Schmidt is the one befallen', () => {
    const found = candidatesOf(
      'de',
      'Samstag wurde Anna Schmidt von Oleg Petrow festgenommen.',
      '2025-04-26',
      [
        ['Anna Schmidt', 'unknown', 'name:anna-schmidt'],
        ['Oleg Petrow', 'unknown', 'name:oleg-petrow'],
      ],
    ).find((c) => c.kind === 'arrest');
    expect(found).toMatchObject({ patient: 'name:anna-schmidt', agent: 'name:oleg-petrow' });
  });
});

describe('where a death happened is not whom it befell', () => {
  it.each<[string, string, MentionSpec]>([
    [
      'nl',
      'Maandagochtend overleed de paus op 88-jarige leeftijd in zijn appartement in het Casa Santa Marta.',
      ['Casa Santa Marta', 'unknown', 'name:casa-santa-marta'],
    ],
    [
      'de',
      'Montag starb der Papst im Gästehaus Santa Marta.',
      ['Santa Marta', 'unknown', 'name:santa-marta'],
    ],
  ])('%s: “%s” befell no “Casa Santa Marta”', (lang, text, mention) => {
    const death = candidatesOf(lang, text, '2025-04-21', [mention]).find((c) => c.kind === 'death');
    expect(death).toBeDefined();
    expect(death?.patient).toBeUndefined();
  });
});

describe('a meeting, and what it took place before', () => {
  it.each<[string, string, MentionSpec[]]>([
    [
      'de',
      'Samstag trafen sich US-Präsident Donald Trump und der ukrainische Präsident Wolodymyr Selenskyj vor der Trauerfeier im Petersdom zu einem kurzen Gespräch.',
      [
        ['Donald Trump', 'actor', 'trump'],
        ['Wolodymyr Selenskyj', 'actor', 'zelensky'],
      ],
    ],
    [
      'en',
      "Sunday he appeared on the balcony of St. Peter's Basilica and briefly met U.S. Vice President JD Vance.",
      [['JD Vance', 'actor', 'vance']],
    ],
  ])(
    '%s: “%s” is talks, and the funeral it came before is no happening of its own',
    (lang, text, mentions) => {
      const kinds = kindsAndTitles(lang, text, '2025-04-26', mentions).map((c) => c.kind);
      expect(kinds).toContain('talks');
      expect(kinds).not.toContain('funeral');
    },
  );

  it('"Vor dem Parlament demonstrierten Tausende": a German verb after "vor" is the news, "vor" says where', () => {
    const kinds = kindsAndTitles(
      'de',
      'Samstag demonstrierten vor dem Parlament Tausende Menschen.',
      '2025-04-26',
    );
    expect(kinds.map((c) => c.kind)).toContain('protest');
  });
});
