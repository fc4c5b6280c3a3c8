/**
 * The first day of a period declared or imposed: "declared three days of national mourning from
 * Thursday", "kondigde vanaf donderdag drie dagen nationale rouw af", "ordnete ab Donnerstag
 * Staatstrauer an". The declaration is past, but the day it names is usually still to come when
 * the verb is told the same week; read back a week, the mourning would precede the disaster.
 */
import type { Lang } from './lexicon.ts';

/** What stands right before the day: "from", "starting", "vanaf", "ab". */
const BEFORE_DAY: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|effective|as\s+of)\s+$/iu,
  nl: /(?<![\p{L}])(?:vanaf|met\s+ingang\s+van)\s+$/iu,
  de: /(?<![\p{L}])ab\s+(?:dem\s+|kommendem\s+)?$/iu,
};

/** Verbs that declare, impose or order a period. */
const DECLARE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:declared|declares|announced|announces|imposed|imposes|ordered|orders|decreed|decrees|proclaimed|proclaims)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:kondigde|kondigden|kondigt|afgekondigd|riep|riepen|roept|uitgeroepen|stelde|stelden|ingesteld|beval|bevolen|gelastte|gelast)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:rief|riefen|ruft|ausgerufen|ordnete|ordneten|ordnet|angeordnet|verhängte|verhängten|verhängt|kündigte|kündigten|angekündigt|verfügte|verfügt)(?![\p{L}])/iu,
};

/** Whether the day at `start` of `text` is the first day of a period a verb declares. */
export function startsDeclaredPeriod(lang: Lang, text: string, start: number): boolean {
  return BEFORE_DAY[lang].test(text.slice(Math.max(0, start - 20), start)) && DECLARE[lang].test(text);
}
