/** Test support for the time stage: an article as the publication-date stage hands it on. */
import type { Published, PublishedArticle, Sentence } from '../types.ts';

/** An article from paragraphs of sentences, as the segment stage would hand it on. */
export function article(
  language: string,
  paragraphs: string[][],
  published: Published = { date: '2022-01-08', precision: 'day', inferred: false },
): PublishedArticle {
  const sentences: Sentence[] = [];
  const paras = paragraphs.map((list, p) => {
    const id = `p${p + 1}`;
    let offset = 0;
    list.forEach((text, s) => {
      sentences.push({
        id: `${id}.s${s + 1}`,
        paragraph: id,
        index: sentences.length,
        text,
        start: offset,
        end: offset + text.length,
      });
      offset += text.length + 1;
    });
    return { id, text: list.join(' ') };
  });
  return {
    id: 'doc',
    file: 'doc.txt',
    title: 'Title',
    meta: {},
    paragraphs: paras,
    sentences,
    language,
    published,
  };
}
