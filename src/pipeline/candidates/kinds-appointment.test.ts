/** An appointment names who took a post, as a dismissal names who lost one. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a leader who appoints someone makes an appointment titled by the one appointed', () => {
  it.each<[string, string, string, MentionSpec[], string | undefined]>([
    [
      'a verb joined to a resignation appoints the person after it, not the one who resigned',
      'en',
      "Wednesday Tokayev accepted the resignation of Prime Minister Askar Mamin's cabinet and appointed first deputy prime minister Alikhan Smailov as acting prime minister.",
      [
        ['Tokayev', 'actor', 'name:tokayev'],
        ['Askar Mamin', 'actor', 'name:askar-mamin'],
        ['Alikhan Smailov', 'actor', 'name:alikhan-smailov'],
      ],
      'Alikhan Smailov appointed acting prime minister',
    ],
    [
      'a person who "became Britain\'s prime minister" after an election is appointed prime minister',
      'en',
      "Keir Starmer became Britain's prime minister on Friday after his Labour Party won a landslide victory in a general election.",
      [
        ['Keir Starmer', 'actor', 'name:keir-starmer'],
        ['Labour Party', 'actor', 'name:labour-party'],
      ],
      'Keir Starmer appointed prime minister',
    ],
    [
      'a Dutch president who "benoemd tot nieuwe premier" appoints a prime minister',
      'nl',
      'Dinsdag heeft president Kassym-Zjomart Tokajev Alichan Smailov benoemd tot nieuwe premier.',
      [
        ['Kassym-Zjomart Tokajev', 'actor', 'name:tokajev'],
        ['Alichan Smailov', 'actor', 'name:alichan-smailov'],
      ],
      'Alichan Smailov appointed prime minister',
    ],
    [
      'a German "wurde zum Regierungschef ernannt" appoints a prime minister',
      'de',
      'Dienstag wurde der frühere Vizeregierungschef Alichan Smailow zum Regierungschef ernannt.',
      [['Alichan Smailow', 'actor', 'name:alichan-smailow']],
      'Alichan Smailow appointed prime minister',
    ],
    [
      'a German leader who "ernannte" a minister appoints her',
      'de',
      'Montag ernannte der Präsident Maria Keller zur neuen Innenministerin.',
      [['Maria Keller', 'actor', 'name:maria-keller']],
      'Maria Keller appointed',
    ],
    [
      'a person who "took it over" when the holder kept a post until that day is appointed',
      'en',
      'Nazarbayev, 81, kept the powerful post of head of the Security Council until Wednesday, when Mr Tokayev took it over.',
      [
        ['Nazarbayev', 'actor', 'name:nazarbayev'],
        ['Tokayev', 'actor', 'name:tokayev'],
      ],
      'Tokayev appointed',
    ],
    [
      'a "newly appointed" minister who speaks is no appointment',
      'en',
      'Tuesday the newly appointed finance minister, Ruth Park, said prices would fall.',
      [['Ruth Park', 'actor', 'name:ruth-park']],
      undefined,
    ],
    [
      'a Dutch "nieuw benoemde" minister who speaks is no appointment',
      'nl',
      'Dinsdag zei de nieuw benoemde minister Ruth Park dat de prijzen zullen dalen.',
      [['Ruth Park', 'actor', 'name:ruth-park']],
      undefined,
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    const found = kindsAndTitles(lang, text, '2022-01-05', mentions).find((c) => c.kind === 'appointment');
    expect(found?.title).toBe(title);
  });
});
