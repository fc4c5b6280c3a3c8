/**
 * Prints the places, actors and unknown names the entity stage finds in a folder of articles,
 * to check data/gazetteer.json and data/actors.json on new articles.
 * Usage: npx tsx src/scripts/mentions.ts [DIR=data/articles] [--all]  (default: only fuzzy,
 * context and unknown mentions, the ones worth a look)
 */
import { readArticles } from '../pipeline/read.ts';
import { parseHeader } from '../pipeline/header.ts';
import { cleanArticle } from '../pipeline/clean.ts';
import { segmentArticle } from '../pipeline/segment.ts';
import { detectLanguage, guessLanguage } from '../pipeline/language.ts';
import { resolvePublished } from '../pipeline/published.ts';
import { timeStage } from '../pipeline/time/stage.ts';
import { loadEntityData } from '../pipeline/entities/load.ts';
import { createEntityStage } from '../pipeline/entities/stage.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const dir = args.find((a) => !a.startsWith('--')) ?? 'data/articles';
const { articles } = await readArticles(dir);
const languages = articles.map((a) => {
  const clean = cleanArticle(parseHeader(a));
  const lang = clean.meta.language ?? guessLanguage(clean.paragraphs.map((p) => p.text).join('\n'));
  return detectLanguage(segmentArticle(clean, lang));
});
const stage = createEntityStage(loadEntityData('data'));
for (const article of resolvePublished(languages).map((a) => timeStage(a))) {
  console.log(`${article.id} (${article.language})`);
  for (const s of stage.annotate(article).sentences) {
    for (const m of s.mentions) {
      if (all || (m.resolution !== 'exact' && m.resolution !== 'alias')) {
        console.log(`  ${s.id}\t${m.kind}\t${m.id ?? ''}\t${m.resolution}\t${m.text}`);
      }
    }
  }
}
