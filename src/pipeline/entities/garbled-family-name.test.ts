/**
 * A machine translation garbles a family name the same way each time: once it is written after the
 * holder's given name, the garbled spelling alone is the holder elsewhere in the document too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function idsOf(sentences: string[]): (string | undefined)[][] {
  return stage.annotate(article('en', sentences)).sentences.map((s) => s.mentions.map((m) => m.id));
}

describe('a family name garbled alike throughout a document', () => {
  it('is the holder alone once the document writes it after his given name', () => {
    expect(
      idsOf([
        'The Supreme Court was devastated by supporters of his predecessor Jair Bolsonario on Sunday.',
        'Bolsonario was admitted on Monday in a hospital in Orlando.',
      ])[1],
    ).toContain('bolsonaro');
  });

  it('stays a name of its own where no given name backs it', () => {
    expect(idsOf(['Bolsonario was admitted on Monday in a hospital in Orlando.'])[0]).not.toContain(
      'bolsonaro',
    );
  });

  it('is the holder after his given name even where the garbled spelling is an ordinary word', () => {
    expect(
      idsOf([
        'Vice President Mike Pence presided over the session.',
        'The deputy of the president Mike Pens refused the demand of Trump.',
      ])[1],
    ).toContain('pence');
  });
});

describe('a family name garbled into an ordinary word', () => {
  it('is the person after a given name that fits: “Gokmen Tennis” is Gökmen Tanis', () => {
    expect(
      idsOf([
        'In Utrecht, the person who opened fire in a tram, Gokmen Tennis, was caught by the police.',
      ])[0],
    ).toContain('tanis');
  });

  it('stays an ordinary word without one: “Tennis” alone is nobody', () => {
    expect(idsOf(['Tennis was played in Utrecht on Monday.'])[0]).not.toContain('tanis');
  });
});
