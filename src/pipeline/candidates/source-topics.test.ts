import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

/** The topics the merge compares a sentence's happening by. */
function topics(lang: string, text: string, phrase: string): string[] {
  const [c] = candidatesOfSentence(lang, { text, times: [day('2024-11-09', phrase)] });
  return c?.concepts ?? [];
}

describe('a topic named only in the source of a report is none of the happening’s', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'en',
      'On Saturday more than 130,000 people marched through Valencia, according to the government delegation.',
      'On Saturday',
      'delegation',
      false,
    ],
    [
      'de',
      'Nach Angaben der Regierungsdelegation nahmen am Samstag rund 130.000 Menschen an dem Protestzug teil.',
      'am Samstag',
      'delegation',
      false,
    ],
    [
      'en',
      'The number of dead for the DANA rose this Tuesday to 219, according to the latest balance of the Government delegation.',
      'this Tuesday',
      'delegation',
      false,
    ],
    [
      'de',
      'Am Samstag fielen nach Angaben der Flughafenbetreiber nur noch vereinzelt Flüge aus.',
      'Am Samstag',
      'flight',
      true,
    ],
    [
      'en',
      'On Saturday a government delegation held talks with the protesters in Valencia.',
      'On Saturday',
      'delegation',
      true,
    ],
    [
      'de',
      'Am Abend besetzten Demonstranten nach Angaben örtlicher Medien auch den Flughafen von Almaty.',
      'Am Abend',
      'airport',
      true,
    ],
    ['nl', 'Volgens media bezetten betogers ook het vliegveld van Almaty.', 'Volgens', 'airport', true],
  ])('[%s] “%s” keeps %s among its topics: %s', (lang, text, phrase, topic, kept) => {
    expect(topics(lang, text, phrase).includes(topic)).toBe(kept);
  });
});

describe('the medium something was posted on is none of the happening’s topics', () => {
  it.each<[string, string, string, boolean]>([
    [
      'en',
      'Islamic State claimed responsibility on Friday in a statement posted by its Amaq news agency on Telegram.',
      'on Friday',
      false,
    ],
    [
      'en',
      'Video posted on social media on Friday showed several men shooting at people in the hall.',
      'on Friday',
      false,
    ],
    [
      'nl',
      'Op een vrijdag op sociale media gedeelde video is te zien hoe mannen in de zaal schieten.',
      'vrijdag',
      false,
    ],
    [
      'de',
      'Ein am Freitag in sozialen Medien geteiltes Video zeigt Männer, die in der Halle schießen.',
      'am Freitag',
      false,
    ],
    [
      'en',
      'On Friday the government blocked Telegram and other social media across the country.',
      'On Friday',
      true,
    ],
  ])('[%s] “%s” (dated by “%s”) keeps social media among its topics: %s', (lang, text, phrase, kept) => {
    expect(topics(lang, text, phrase).includes('social-media')).toBe(kept);
  });
});
