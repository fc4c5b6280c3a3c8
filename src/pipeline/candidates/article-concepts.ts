/**
 * The topics an article names anywhere: a word may be read by the story it stands in. "The strikes
 * came a day before the summit" in an article about missile strikes tells of no labour strike.
 * Read only when a trigger asks (lexicon `unlessInArticle`), once per article.
 */
import type { AnnotatedArticle } from '../types.ts';
import type { CompiledTrigger } from './compiled.ts';
import { presentConcepts } from './concept-matches.ts';
import { tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

export function articleConcepts(
  article: AnnotatedArticle,
  vocabulary: Vocabulary<CompiledTrigger>,
): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < article.sentences.length; i++) {
    const tokens = tokenize((article.sentences[i] as AnnotatedArticle['sentences'][number]).text);
    for (const id of presentConcepts(tokens, vocabulary.ofTokens(tokens))) found.add(id);
  }
  return found;
}
