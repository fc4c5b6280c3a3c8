/**
 * Who speaks when a Dutch or German verb comes before its subject: the person named after the
 * verb (with an article, adjectives or a title between), not a name of the phrase before the verb.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

describe('the subject after a fronted verb speaks', () => {
  it.each<[string, string, string, string | undefined, MentionSpec[], string]>([
    [
      "'zei kolonel-majoor Amadou Abdramane' after the quoted words is the colonel-major's statement",
      'nl',
      'Alle instellingen van het land zijn opgeschort, zei kolonel-majoor Amadou Abdramane.',
      undefined,
      [['Amadou Abdramane', 'unknown', 'name:amadou-abdramane']],
      'Amadou Abdramane makes a statement',
    ],
    [
      "'zei de Amerikaanse president Biden' is Biden's statement, not Putin's whom he spoke of",
      'nl',
      "Westerse leiders wezen naar het Kremlin. 'Er gebeurt weinig in Rusland waar Poetin niet achter zit', zei de Amerikaanse president Biden.",
      undefined,
      [
        ['Kremlin', 'actor', 'kremlin'],
        ['Rusland', 'place', 'russia'],
        ['Poetin', 'actor', 'putin'],
        ['Biden', 'actor', 'biden'],
      ],
      'Biden makes a statement',
    ],
    [
      "'Am Dienstag warnte der französische Präsident Emmanuel Macron' is Macron's statement",
      'de',
      'Am Dienstag warnte der französische Präsident Emmanuel Macron vor neuen Schulden.',
      'Am Dienstag',
      [['Emmanuel Macron', 'unknown', 'name:emmanuel-macron']],
      'Emmanuel Macron makes a statement',
    ],
    [
      "'sagte der stellvertretende Regierungssprecher' names the deputy spokesman as speaker",
      'de',
      'Die Lage sei ernst, sagte der stellvertretende Regierungssprecher Wolfgang Büchner am Montag.',
      'am Montag',
      [['Wolfgang Büchner', 'unknown', 'name:wolfgang-buchner']],
      'Wolfgang Buchner makes a statement',
    ],
    [
      "'Am Montag sprach Scholz von' is Scholz's statement",
      'de',
      'Am Montag sprach Scholz von einer schwierigen Lage für das Land.',
      'Am Montag',
      [['Scholz', 'actor', 'scholz']],
      'Scholz makes a statement',
    ],
    [
      "'Maandag sprak Rutte van' is Rutte's statement",
      'nl',
      'Maandag sprak Rutte van een zware dag voor het land.',
      'Maandag',
      [['Rutte', 'unknown', 'name:mark-rutte']],
      'Mark Rutte makes a statement',
    ],
    [
      "a name in the opening time phrase ('Zwei Tage nach dem Treffen mit Macron') does not speak",
      'de',
      'Zwei Tage nach dem Treffen mit Emmanuel Macron sagte Olaf Scholz, die Lage sei ernst.',
      'Zwei Tage',
      [
        ['Emmanuel Macron', 'unknown', 'name:emmanuel-macron'],
        ['Olaf Scholz', 'actor', 'scholz'],
      ],
      'Scholz makes a statement',
    ],
    [
      "a name in the opening time phrase ('Twee dagen na het gesprek met Macron') does not speak",
      'nl',
      'Twee dagen na het gesprek met Emmanuel Macron zei Mark Rutte dat de steun doorgaat.',
      'Twee dagen',
      [
        ['Emmanuel Macron', 'unknown', 'name:emmanuel-macron'],
        ['Mark Rutte', 'unknown', 'name:mark-rutte'],
      ],
      'Mark Rutte makes a statement',
    ],
    [
      "a name after 'zei tegen' is spoken to, so the one before the verb speaks",
      'nl',
      'Daarna zei Rutte tegen Emmanuel Macron dat hij bereid is.',
      undefined,
      [
        ['Rutte', 'unknown', 'name:mark-rutte'],
        ['Emmanuel Macron', 'unknown', 'name:emmanuel-macron'],
      ],
      'Mark Rutte makes a statement',
    ],
  ])('%s', (_, lang, text, time, mentions, title) => {
    const statements = candidatesOfSentence(lang, {
      text,
      mentions,
      ...(time ? { times: [day('2023-03-13', time)] } : {}),
    }).filter((c) => c.kind === 'statement');
    expect(statements.map((c) => c.title)).toEqual([title]);
  });
});
