/**
 * Weekdays told in the pluperfect ("Yoon had declared martial law on Tuesday", "Yoon hatte am
 * Dienstagabend das Kriegsrecht verhängt", "had dinsdag de staat van beleg afgekondigd") lie
 * before the happenings the report tells in the simple past: a day of writing that would make
 * such a weekday the latest the text tells is not the day it was written on.
 */
import { pastDay } from './story-start.ts';
import { WEEKDAY_NAMES } from './weekdays.ts';

/**
 * An auxiliary of the pluperfect with its participle: English "had" right before one (perhaps
 * after an adverb; "had talks" is no pluperfect), Dutch "had"/"hadden" and German "hatte"/"hatten"
 * with a lowercase participle later in the clause (German "hatte keine Zeit." has none), and the
 * German passive "war"/"waren" with a participle right before "worden" ("war am Donnerstag
 * festgenommen worden"), and "war"/"was" with the participle of a verb that takes "to be" for its
 * perfect ("war am Montag zurückgetreten", "war am Samstag gescheitert", "was maandag gevlucht"). Only such verbs: after "war" a
 * participle of any other verb mostly tells a state ("war am Mittwoch geschlossen").
 */
const PLUPERFECT = new RegExp(
  [
    String.raw`\bhad\s+(?:\p{Ll}+ly\s+)?(?:been|\p{Ll}{2,}(?:ed|en))\b`,
    String.raw`\b(?:had|hadden)\s[^.;:]*\b\p{Ll}*ge\p{Ll}{2,}(?:d|t|en)\b`,
    String.raw`\b(?:hatte|hatten)\s[^.;:]*\s\p{Ll}{3,}(?:t|en)(?=\s*(?:[.,;:]|$))`,
    String.raw`\b(?:war|waren)\s[^.;:]*\s\p{Ll}{3,}(?:t|en)\s+worden\b`,
    String.raw`\b(?:war|waren)\s[^.;:]*\s\p{Ll}*(?:getreten|geflohen|geflüchtet|gestorben|gekommen|gefahren|geflogen|gereist|gegangen|gelaufen|gestürzt|geraten|geblieben|gebrochen|verschwunden|entkommen|explodiert|eskaliert|gekehrt|gelandet|eingetroffen|gescheitert|gestiegen|gesunken|gefallen|geschehen|passiert|kollidiert|zusammengestoßen|verunglückt|entgleist|ertrunken)(?![\p{L}])`,
    String.raw`\b(?:was|waren)\s[^.;:]*\s\p{Ll}*(?:getreden|gevlucht|overleden|gekomen|gegaan|vertrokken|geland|ontsnapt|verdwenen|gestorven|gebleven|ontploft|ingestort|gebroken|gekeerd|gearriveerd|gereisd|gevlogen|mislukt|gestegen|gedaald|gebeurd|gestort|ontspoord|verongelukt|gezonken|verdronken)(?![\p{L}])`,
  ].join('|'),
  'u',
);

/** The sentence tells something in the pluperfect. */
export function toldInPluperfect(sentence: string): boolean {
  return PLUPERFECT.test(sentence);
}

/**
 * Words before which a pluperfect is reported speech or a subordinate clause's ("said the company
 * had identified the problem", "ruled that Russia had organised", "after Tokayev had asked"): it
 * is then told relative to the main clause's time, not before the sentences around it.
 */
const SUBORDINATE_BEFORE =
  /\b(?:that|dat|dass|daß|ob|whether|if|after|before|nadat|nachdem|bevor|voordat|when|als|toen|wenn|because|omdat|weil|said|says|told|zei|zegt|zeggen|meldt|sagte|sagt|sagten|erklärte|according|who|whom|which|welke)\b/iu;

/** The sentence tells its news in the pluperfect: the pluperfect stands in its main clause. */
export function newsInPluperfect(sentence: string): boolean {
  const m = PLUPERFECT.exec(sentence);
  return m !== null && !SUBORDINATE_BEFORE.test(sentence.slice(0, m.index));
}

/**
 * Why `date` cannot be the day a document was written, or null: read from it, a weekday the
 * document tells only in the pluperfect would fall after every weekday it tells in the simple past.
 */
export function pluperfectConflict(
  date: string,
  evidence: { past: ReadonlySet<number>; earlier: ReadonlySet<number> },
): string | null {
  if (evidence.earlier.size === 0 || evidence.earlier.size === evidence.past.size) return null;
  let latestPlain = '';
  for (const d of evidence.past) {
    const day = pastDay(date, d);
    if (!evidence.earlier.has(d) && day > latestPlain) latestPlain = day;
  }
  for (const d of evidence.earlier) {
    if (pastDay(date, d) > latestPlain)
      return `read from ${date}, the ${WEEKDAY_NAMES[d]} it tells in the pluperfect would fall after every weekday it tells in the simple past`;
  }
  return null;
}
