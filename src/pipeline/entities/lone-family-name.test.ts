/**
 * A lone family name the document writes in full after a given name of its own is that person,
 * not a listed name that sounds alike; a garble written after the listed person's given name still
 * is the listed person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function idsOf(lang: string, sentences: string[]): (string | undefined)[][] {
  return stage.annotate(article(lang, sentences)).sentences.map((s) => s.mentions.map((m) => m.id));
}

describe('a lone family name the document gives another given name', () => {
  it.each<[string, string, string[], number, string]>([
    [
      '"Schaller", written as "Rainer Schaller" before, is not Ralf Jäger though the two sound alike',
      'de',
      [
        'Am Sonntagmittag saßen Oberbürgermeister Adolf Sauerland, Veranstalter Rainer Schaller und Vertreter der Polizei im Rathaus.',
        'Innenminister Ralf Jäger (SPD) kündigte an, einen ersten Bericht vorzulegen.',
        'Schaller kündigte an, es werde nie wieder eine Loveparade geben.',
      ],
      2,
      'ralf-jaeger',
    ],
  ])('%s', (_name, lang, sentences, index, notId) => {
    expect(idsOf(lang, sentences)[index]).not.toContain(notId);
  });

  it('a garble written after the listed holder\'s given name is still the holder: "Jair Bolsonario" … "Bolsonario"', () => {
    expect(
      idsOf('en', [
        'The Supreme Court was devastated by supporters of his predecessor Jair Bolsonario on Sunday.',
        'Bolsonario was admitted on Monday in a hospital in Orlando.',
      ])[1],
    ).toContain('bolsonaro');
  });
});
