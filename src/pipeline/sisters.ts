/**
 * The dated documents that tell the same story as an undated one, by the share of its fingerprint
 * (figures and names) they hold.
 */
import { fingerprint } from './fingerprint.ts';
import type { LanguageArticle } from './types.ts';

/** Share of a document's weighted fingerprint another document must hold to count as the same story. */
export const SAME_STORY = 0.35;
/**
 * Below this share a document only shares the folder, not the story ("2% of its fingerprint"): its
 * month says nothing, and the text's own months or the corpus's period serve better.
 */
export const RELATED_STORY = 0.1;
/**
 * How many reports a story's folder holds at most (twenty on Kazakhstan's unrest; five on most):
 * a feature's rarity is measured against that many documents, not against a folder of many
 * stories. Measured against 474 reports, a name all five reports of a story share ("Haneda",
 * "CrowdStrike") weighs nearly as much as a word only the undated report holds, so that a report
 * shares far more of its fingerprint with its own story's reports than in the story's own folder,
 * and a few words with another story's weigh enough to pass for it: the undated Tagesschau report
 * of Microsoft's outage of July 2024 was read in Peru's crisis of December 2022, Sudan's undated
 * translation taken for a day a week late.
 */
const STORY_REPORTS = 20;
/** Features found in more documents than this are too common to point at one story (and would make the search quadratic). */
const MAX_POSTINGS = 64;

/**
 * More reports than a story's folder mostly holds (five) share a capitalised word only German
 * reports use: "Angaben", "Millionen", "Sicherheit" are nouns of German news, not a story's names.
 * Counted, they took the undated Tagesschau report of Microsoft's outage for a report of the Love
 * Parade's crush in a folder of many stories.
 */
const GERMAN_NOUN_REPORTS = 5;

/**
 * What a name feature ("w:…") of a report in `german` or not counts for in a fingerprint. German capitalises every noun: a capitalised word no other document has (`held` by one)
 * is most likely one ("Luftballons", "Innenstadt") and counts for nothing, since counting it would
 * make a German report share little with any other whatever story it tells; one that only German
 * reports hold (`germanOnly`, asked only then) is as likely a noun as a name ("Angaben",
 * "Hauptstadt") and counts for half.
 */
export function germanNameFactor(german: boolean, held: number, germanOnly: () => boolean): number {
  if (!german) return 1;
  if (held <= 1) return 0;
  if (!germanOnly()) return 1;
  return held > GERMAN_NOUN_REPORTS ? 0 : 0.5;
}

export interface Sister {
  id: string;
  date: string;
  score: number;
  shared: string[];
  /** How many dated documents of that day hold the shared features between them (1 for one document). */
  members: number;
}

/**
 * Finds, for each document, the dated documents that tell the same story. An inverted index over
 * fingerprint features keeps this proportional to the documents that share telling features,
 * not to the square of the corpus.
 */
export function findSisters(
  articles: readonly LanguageArticle[],
  dated: ReadonlyMap<string, string>,
  prints: readonly ReadonlySet<string>[] = articles.map((a) => fingerprint(a.sentences.map((s) => s.text))),
): Map<string, Sister[]> {
  const postings = new Map<string, number[]>();
  prints.forEach((print, i) => {
    print.forEach((f) => {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    });
  });
  const weight = (f: string): number => {
    const df = postings.get(f)?.length ?? 1;
    return (f.startsWith('n:') ? 2 : 1) * Math.log(1 + Math.min(articles.length, STORY_REPORTS) / df);
  };
  // German capitalises its nouns: a capitalised word only German reports use is as likely a noun
  // ("Angaben", "Hauptstadt") as a name, where reports in other languages are there to share names.
  const multilingual = articles.some((a) => a.language !== 'de');
  const germanOnly = (list: readonly number[]): boolean =>
    multilingual && list.every((j) => articles[j]?.language === 'de');
  const result = new Map<string, Sister[]>();
  articles.forEach((article, i) => {
    if (article.meta.published?.precision === 'day') return;
    const print: ReadonlySet<string> = prints[i] ?? new Set<string>();
    const german = article.language === 'de';
    let total = 0;
    const weights = new Map<string, number>();
    // Per other document: the features it shares and their summed weight, each feature weighed once.
    const sharedBy = new Map<number, { shared: string[]; sum: number }>();
    print.forEach((f) => {
      const list = postings.get(f) ?? [];
      const factor = f.startsWith('w:') ? germanNameFactor(german, list.length, () => germanOnly(list)) : 1;
      if (factor === 0) return;
      const w = weight(f) * factor;
      total += w;
      weights.set(f, w);
      if (list.length > MAX_POSTINGS) return;
      for (let k = 0; k < list.length; k++) {
        const j = list[k] as number;
        if (j === i || !dated.has(articles[j]?.id ?? '')) continue;
        const entry = sharedBy.get(j);
        if (entry) {
          entry.shared.push(f);
          entry.sum += w;
        } else sharedBy.set(j, { shared: [f], sum: w });
      }
    });
    const sisters: Sister[] = [];
    for (const [j, { shared, sum }] of sharedBy) {
      const other = articles[j];
      if (!other || total === 0) continue;
      sisters.push({ id: other.id, date: dated.get(other.id) ?? '', score: sum / total, shared, members: 1 });
    }
    if (sisters.length > 1) sisters.push(...sameDaySisters(sisters, weights, total));
    sisters.sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    result.set(article.id, sisters);
  });
  return result;
}

/**
 * Related documents of one day taken together: two reports of the same day may each tell part of
 * what an undated one tells ("30%" of it with each, half with both), which is the same story told
 * on that day. Only documents related on their own count, so that many of one day sharing a few
 * common names make no story; one document telling the same story alone is not second-guessed.
 */
function sameDaySisters(
  sisters: readonly Sister[],
  weights: ReadonlyMap<string, number>,
  total: number,
): Sister[] {
  // Most documents have one sister telling the same story, or none related enough to add up.
  let related = 0;
  for (let i = 0; i < sisters.length; i++) {
    const score = (sisters[i] as Sister).score;
    if (score >= SAME_STORY) return [];
    if (score >= RELATED_STORY) related++;
  }
  if (related < 2) return [];
  const byDay = new Map<string, Sister[]>();
  for (const sister of sisters) {
    if (sister.score < RELATED_STORY) continue;
    const list = byDay.get(sister.date);
    if (list) list.push(sister);
    else byDay.set(sister.date, [sister]);
  }
  const together: Sister[] = [];
  for (const [date, list] of byDay) {
    if (list.length < 2) continue;
    const seen = new Set<string>();
    let sum = 0;
    for (const sister of list)
      for (const f of sister.shared)
        if (!seen.has(f)) {
          seen.add(f);
          sum += weights.get(f) ?? 0;
        }
    const score = sum / total;
    const shared = [...seen];
    const ids = list.map((sister) => sister.id).sort();
    together.push({ id: ids.join(' and '), date, score, shared, members: ids.length });
  }
  return together;
}
