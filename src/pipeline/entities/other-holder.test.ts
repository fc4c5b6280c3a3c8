/**
 * A translation that puts a listed predecessor's name after the title the same paragraph gives
 * its holder means the holder; named in another paragraph, or holding the title for another
 * country, the person stays who he is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** The id of the mention written `name` in the article of those sentences, each with its paragraph. */
function idOf(language: string, sentences: [string, string][], name: string): string | undefined {
  const a = article(
    language,
    sentences.map(([, text]) => text),
  );
  const inParagraphs = a.sentences.map((s, i) => ({
    ...s,
    paragraph: (sentences[i] as [string, string])[0],
  }));
  const annotated = stage.annotate({ ...a, sentences: inParagraphs });
  return annotated.sentences.flatMap((s) => s.mentions).find((m) => m.text === name)?.id;
}

describe('a predecessor named after the title its holder bears in the same paragraph', () => {
  it.each<[string, string, [string, string][], string, string]>([
    [
      'the predecessor written once beside the holder is the holder',
      'en',
      [
        ['p1', 'In Ukraine the destruction of the Kakhovka dam flooded the Kherson region.'],
        [
          'p2',
          'President Poroshenko had visited the flooded region on Thursday and accused Russia of leaving the residents of the occupied areas to their fate.',
        ],
        ['p2', 'Ukrainian President Volodymyr Zelensky called on the international community to help.'],
      ],
      'Poroshenko',
      'zelensky',
    ],
    [
      'with no other holder named he stays himself',
      'nl',
      [['p1', 'De Oekraïense president Porosjenko sprak van "een terroristische daad".']],
      'Porosjenko',
      'poroshenko',
    ],
    [
      'a holder of the title for another country stays himself',
      'nl',
      [
        ['p1', 'De bestorming doet denken aan die van het Capitool door aanhangers van Donald Trump.'],
        ['p2', 'De Amerikaanse president Biden sprak van een aanval op de democratie.'],
      ],
      'Biden',
      'biden',
    ],
  ])('%s', (_what, language, paragraphs, name, id) => {
    expect(idOf(language, paragraphs, name)).toBe(id);
  });

  it('“Judge Alexander” is not King Willem-Alexander, whose name has no surname', () => {
    expect(
      idOf('en', [['p1', 'Judge Alexander of Moraes suspended the governor for 90 days.']], 'Alexander'),
    ).not.toBe('willem-alexander');
    expect(idOf('nl', [['p1', 'Koning Willem-Alexander bezocht Valkenburg.']], 'Willem-Alexander')).toBe(
      'willem-alexander',
    );
  });

  it('“York” alone is the city, though the Duke of York is listed: a title of a place gives no family name', () => {
    expect(idOf('en', [['p1', 'The Church of England said its bishops would meet in York.']], 'York')).toBe(
      'york',
    );
    expect(idOf('en', [['p1', 'The Duke of York flew to Aberdeen.']], 'Duke of York')).toBe('prince-andrew');
  });
});
