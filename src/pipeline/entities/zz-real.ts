import { readArticles } from '../read.ts';
import { parseHeader } from '../header.ts';
import { cleanArticle } from '../clean.ts';
import { segmentArticle } from '../segment.ts';
import { detectLanguage, guessLanguage } from '../language.ts';
import { resolvePublished } from '../published.ts';
import { timeStage } from '../time/stage.ts';
import { loadEntityData } from './load.ts';
import { createEntityStage } from './stage.ts';
const { articles } = await readArticles(process.argv[2] ?? 'data/articles');
const langs = articles.map((a) => {
  const c = cleanArticle(parseHeader(a));
  return detectLanguage(
    segmentArticle(c, c.meta.language ?? guessLanguage(c.paragraphs.map((p) => p.text).join('\n'))),
  );
});
const stage = createEntityStage(loadEntityData('data'));
for (const a of resolvePublished(langs)
  .map(timeStage)
  .map((a) => stage.annotate(a))) {
  console.log('== ' + a.id + ' ' + a.language);
  for (const s of a.sentences)
    for (const m of s.mentions)
      if (process.argv[3] !== 'all' ? m.resolution !== 'exact' && m.resolution !== 'alias' : true)
        console.log(`  ${m.kind} ${m.id} ${m.resolution} «${m.text}»`);
}
