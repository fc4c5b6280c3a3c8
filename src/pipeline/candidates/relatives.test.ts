/** A person named only as whose relative someone is is not the one an arrest or death befell. */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { mentionsIn, patientIn } from './patient-fixture.ts';
import { namesRelative } from './relatives.ts';

describe('the relative of a named person', () => {
  it.each<[string, string, string, string, string | undefined]>([
    [
      "'arrested the wife of X' arrests no X",
      'Russian police on Monday arrested the wife of Dalerdzhon Mirzoyev in the Orenburg region.',
      'arrested',
      'Dalerdzhon Mirzoyev',
      undefined,
    ],
    [
      "a German 'die Frau von X festgenommen' arrests no X",
      'Die Polizei hat am Montag die Frau von Dalerdzhon Mirzoyev festgenommen.',
      'festgenommen',
      'Dalerdzhon Mirzoyev',
      undefined,
    ],
    [
      "a Dutch 'de vrouw van X gearresteerd' arrests no X",
      'De politie heeft maandag de vrouw van Dalerdzhon Mirzoyev gearresteerd.',
      'gearresteerd',
      'Dalerdzhon Mirzoyev',
      undefined,
    ],
    [
      "'X's brother was detained' detains no X",
      "Shamsidin Fariduni's brother was detained in Dushanbe on Tuesday.",
      'detained',
      'Shamsidin Fariduni',
      undefined,
    ],
    [
      "'arrested X' still arrests X",
      'Police arrested Shamsidin Fariduni in the Bryansk region on Saturday.',
      'arrested',
      'Shamsidin Fariduni',
      'Shamsidin Fariduni',
    ],
    [
      "'the death of X' is still X's death",
      'The Kremlin confirmed the death of Alexei Navalny on Friday.',
      'death',
      'Alexei Navalny',
      'Alexei Navalny',
    ],
    [
      "'unter den Toten ist auch X, ein Stiefbruder von Y' kills no Y",
      'Unter den Toten ist auch Trond Berntsen, ein Stiefbruder von Kronprinzessin Mette-Marit.',
      'Toten',
      'Mette-Marit',
      undefined,
    ],
    [
      "'the half-brother of X was killed' kills no X",
      'The half-brother of Anna Berg was killed in the shooting on Friday.',
      'killed',
      'Anna Berg',
      undefined,
    ],
  ])('%s', (_name, text, trigger, name, expected) => {
    expect(patientIn(text, trigger, [name])).toBe(expected);
  });

  it.each<[string, string, string, boolean]>([
    [
      "a minister of the interior's name is nobody's relative",
      'the Minister of Interior Anna Berg',
      'Anna Berg',
      false,
    ],
    ["'the lawyer of X' names X as a client", 'the lawyer of Anna Berg', 'Anna Berg', true],
    ["a German 'Sohn von' names the father", 'der Sohn von Peter Weber', 'Peter Weber', true],
    [
      "'the son of ousted Prime Minister X' names X as the parent",
      'The son of ousted Prime Minister Sheikh Hasina said',
      'Sheikh Hasina',
      true,
    ],
    [
      "a German 'Der Sohn der geflohenen Regierungschefin X' names X as the mother",
      'Der Sohn der geflohenen Regierungschefin Sheikh Hasina hat angekündigt',
      'Sheikh Hasina',
      true,
    ],
    [
      "a Dutch 'de zoon van de afgezette premier X' names X as the parent",
      'De zoon van de afgezette premier Sheikh Hasina zei',
      'Sheikh Hasina',
      true,
    ],
    [
      "a German genitive 'Amris Brüder' names Amri as the brothers' kin",
      'In Tunesien wandten sich Amris Brüder und seine Mutter über Medien an den Gesuchten.',
      'Amri',
      true,
    ],
    [
      'a German name before a verb names no relative',
      'In Tunesien wandte sich Anis Amri über Medien an die Polizei.',
      'Anis Amri',
      false,
    ],
    [
      "a name listed after 'and' is nobody's relative",
      'the wife of the president and Anna Berg',
      'Anna Berg',
      false,
    ],
    [
      'the spokesman of a ministry names no relative',
      'a spokesman of the interior ministry Anna Berg',
      'Anna Berg',
      false,
    ],
  ])('%s', (_name, text, name, expected) => {
    expect(namesRelative(text, mentionsIn(text, [name])[0] as Mention)).toBe(expected);
  });
});
