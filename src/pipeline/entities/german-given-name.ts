/**
 * German capitalises every noun, and no German dictionary is read here: a capitalised word that is
 * no English or Dutch vocabulary may still be a German noun or adverb. Before a listed person's
 * surname, one that is short, has no German noun's or role's ending and is no adverb that opens a
 * sentence reads as a given name ("Melania Trump sagte"), not as a role ("Wahlsieger Trump",
 * "Milliardär Trump") or a focus word ("Selbst Trump räumte ein").
 */
import { hasGermanNounEnding, isGermanArticle } from './name-edges.ts';
import type { Token } from './text.ts';

/** Given names are short; German compounds naming a role seldom are. */
const LONGEST = 8;

/** Endings of German agent and role nouns: "Gegner", "Milliardär", "Geschäftsmann", "Parteichef". */
const ROLE_ENDING = /(?:er|ar|mann|chef|ling|ist|ent|ant|eur|or|in|innen)$/;

/** Adverbs and focus words that open a German sentence right before its subject. */
const ADVERBS = new Set(
  [
    'selbst sogar nur erst noch schon jetzt dann gerade zuvor bislang zudem damals heute gestern',
    'dabei danach davor deshalb daher allein einst zunachst spater wohl etwa kaum bald also sonst',
    'zwar eben genau nun hier dort dort ferner ebenso',
  ]
    .join(' ')
    .split(' '),
);

/** Whether the capitalised German word at `i`, no English or Dutch vocabulary, reads as a given name. */
export function germanGivenName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.norm.length > LONGEST || ADVERBS.has(t.norm)) return false;
  if (hasGermanNounEnding(t.norm) || ROLE_ENDING.test(t.norm)) return false;
  const before = tokens[i - 1];
  // "der Republikaner Trump", "dem Rivalen Trump": a noun after an article is an apposition.
  return before === undefined || !isGermanArticle(before.norm);
}
