/**
 * The day of a plan a past announcement names in an infinitive: "kündigte am Samstag an, am
 * Mittwoch zurückzutreten", "Rajapaksa hatte angekündigt, am Mittwoch zurückzutreten", "kondigde
 * zaterdag aan woensdag af te treden". The announcement is past, but the day it names is what is
 * to be done: read back a week, the resignation would come before its announcement. A report may
 * tell the plan before or after its day, so the day is the occurrence nearest publication.
 * English says "would": a future marker already. German puts the infinitive at the clause's end,
 * after its objects ("am Mittwoch im Innenausschuss des Landtags einen ersten Bericht vorzulegen"),
 * so its clause may run longer before it.
 */
import type { Lang } from './lexicon.ts';

interface PlanWords {
  /** The infinitive after the day, in its clause: "woensdag af te treden", "am Mittwoch zurückzutreten". */
  infinitive: RegExp;
  /** A past verb that announces, promises or decides what is to come. */
  announced: RegExp;
}

const PLAN: Partial<Record<Lang, PlanWords>> = {
  nl: {
    infinitive: /^[^,.;:]{0,40}?(?<![\p{L}])te\s+\p{Ll}{2,}en(?![\p{L}])/u,
    announced:
      /(?<![\p{L}])(?:kondigden?|aangekondigd|beloofden?|beloofd|besloot|besloten|dreigden?|gedreigd)(?![\p{L}])/iu,
  },
  de: {
    infinitive:
      /^[^,.;:]{0,80}?(?:(?<![\p{L}])zu\s+\p{Ll}{2,}en\s*(?:[.,;:!?]|$)|\p{Ll}zu\p{Ll}{2,}en(?![\p{L}]))/u,
    announced:
      /(?<![\p{L}])(?:kündigten?|angekündigt|versprach(?:en)?|versprochen|beschloss(?:en)?|drohten?|gedroht)(?![\p{L}])/iu,
  },
};

/** Whether the expression ending at `end` of `text` is the day of a plan a past verb announces. */
export function namesAnnouncedPlan(lang: Lang, text: string, end: number): boolean {
  const plan = PLAN[lang];
  return plan !== undefined && plan.infinitive.test(text.slice(end, end + 100)) && plan.announced.test(text);
}
