import type { AnnotatedArticle, Mention, TimedArticle } from '../types.ts';

/**
 * Places and actors are found in a report's words, not in its times: a report dated again, and so
 * read again from its new day, keeps those found the first time rather than looking for them anew.
 */
export class KeptMentions {
  private readonly byArticle = new Map<string, Mention[][]>();

  /** `find` the article's mentions, or take those kept for it; `keep` those of a report that may be dated again. */
  annotate(
    article: TimedArticle,
    find: (article: TimedArticle) => AnnotatedArticle,
    keep: boolean,
  ): AnnotatedArticle {
    const kept = this.byArticle.get(article.id);
    if (kept && kept.length === article.sentences.length) {
      const sentences = article.sentences.map((s, i) => Object.assign({}, s, { mentions: kept[i] ?? [] }));
      return { ...article, sentences };
    }
    const annotated = find(article);
    if (keep)
      this.byArticle.set(
        article.id,
        annotated.sentences.map((s) => s.mentions),
      );
    return annotated;
  }
}
