/**
 * A cyberattack reported by a German agency and by an undated English article merges: short
 * articles through the whole pipeline with the real data files.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a cyberattack told in German and English', () => {
  it('the dpa report and the undated English report of the Potsdam ransomware attack are one event', async () => {
    const file = await eventFileOf({
      'de_hacker.txt': [
        ' date 2023-11-21 ',
        'Hackerangriff legt Stadtverwaltung Potsdam lahm',
        '',
        'Potsdam (dpa) - Ein Cyberangriff hat die Stadtverwaltung von Potsdam weitgehend lahmgelegt. Unbekannte hätten in der Nacht zu Sonntag die Server der Stadt mit einer Erpressersoftware verschlüsselt, teilte Oberbürgermeister Mike Schubert am Montag mit.',
      ].join('\n'),
      'en_ransomware.txt': [
        'German city of Potsdam hit by ransomware, refuses to pay',
        '',
        'Hackers have crippled the city administration of Potsdam, the capital of the German state of Brandenburg, in a ransomware attack that encrypted its servers in the night to Sunday, November 19.',
      ].join('\n'),
    });
    const [attack, ...others] = eventsFrom(file, 'Hackers have crippled');
    expect(others).toEqual([]);
    expect(attack?.title).toBe('Cyberattack in Potsdam');
    expect(attack?.sources.map((s) => s.document).sort()).toEqual(['de_hacker', 'en_ransomware']);
  }, 30_000);
});
