import type { AnnotatedArticle } from '../types.ts';
import { articleConcepts } from './article-concepts.ts';
import { compile } from './compiled.ts';
import { defaultLexicon } from './lexicon.ts';
import { displayName } from './names.ts';
import type { CandidateOptions } from './options.ts';
import { isPersonLike } from './person-like.ts';
import { companyName } from './firms-around.ts';
import type { Scope } from './reading.ts';
import { pastEntries } from './timeline-entry.ts';

/** What every sentence of an article is read with: its language, the lexicon, and what the entity data says of a mention. */
export function scopeOf(article: AnnotatedArticle, options: CandidateOptions): Scope {
  const lexicon = options.lexicon ?? defaultLexicon;
  const compiled = compile(lexicon);
  const lang = article.language;
  let topics: Set<string> | undefined;
  let entries: Set<string> | undefined;
  const scope: Scope = {
    article,
    lang,
    lexicon,
    compiled,
    vocabulary: compiled.vocabularies.get(lang) ?? compiled.anyLanguage,
    isPerson: (m) => isPersonLike(m, lexicon, options.kindOf),
    isPlaceName: (m) => m.id !== undefined && options.kindOf?.(m.id) === 'place',
    isTown: (m) => m.id !== undefined && options.placeKindOf?.(m.id) === 'city',
    placeKind: (m) => (m.id === undefined ? undefined : options.placeKindOf?.(m.id)),
    isCountry: (m) => m.id !== undefined && options.placeKindOf?.(m.id) === 'country',
    isFirm: (m) => {
      const kind = m.id === undefined ? undefined : options.kindOf?.(m.id);
      if (kind !== undefined && kind !== 'unknown') return kind === 'organisation';
      return m.kind === 'unknown' && (companyName(m.text) || !isPersonLike(m, lexicon, options.kindOf));
    },
    isMedium: (m) => m.id !== undefined && options.kindOf?.(m.id) === 'media',
    countryOf: (m) => (m.id === undefined ? undefined : options.countryOfActor?.(m.id)),
    name: (m) => displayName(m, lang, options.nameOf),
    articleConcepts: () => (topics ??= articleConcepts(article, scope.vocabulary)),
    pastEntries: () => (entries ??= pastEntries(article)),
  };
  return scope;
}
