/**
 * "Former security chief arrested" is the title of a former head of a security service arrested
 * without a name, not of whatever a security service says was arrested; "Former police chief
 * arrested" that of a former commander of the police ("der frühere Kommandeur der Militärpolizei").
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const FSB: MentionSpec = ['Federal Security Service', 'actor', 'fsb'];

describe('the title of an arrest a security service is named in', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'On Saturday the Federal Security Service said the four gunmen were arrested in Bryansk.',
      '4 attackers arrested',
      'On Saturday',
      [FSB, ['Bryansk', 'place', 'bryansk']],
    ],
    [
      'en',
      'On Saturday the former head of the Federal Security Service was arrested.',
      'Former security chief arrested',
      'On Saturday',
      [FSB],
    ],
    [
      'nl',
      'Zaterdag is het voormalige hoofd van de veiligheidsdienst opgepakt.',
      'Former security chief arrested',
      'Zaterdag',
      [],
    ],
    [
      'de',
      'Am Dienstag wurde auch der frühere Kommandeur der Militärpolizei des Hauptstadtdistrikts festgenommen.',
      'Former police chief arrested',
      'Am Dienstag',
      [],
    ],
    [
      'en',
      'On Tuesday the former commander of the military police was arrested.',
      'Former police chief arrested',
      'On Tuesday',
      [],
    ],
    [
      'nl',
      'Dinsdag werd ook de voormalige commandant van de militaire politie opgepakt.',
      'Former police chief arrested',
      'Dinsdag',
      [],
    ],
    [
      'de',
      'Am Samstag teilte der Geheimdienst mit, die Täter seien in Brjansk festgenommen worden.',
      'Arrests in Bryansk',
      'Am Samstag',
      [['Brjansk', 'place', 'bryansk']],
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, phrase, mentions) => {
    const [c] = candidatesOfSentence(lang, { text, times: [day('2024-03-23', phrase)], mentions });
    expect(c?.title).toBe(title);
  });
});
