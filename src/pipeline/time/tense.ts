/**
 * Past or future, as far as a weekday's direction is concerned. A sentence such as
 * "Blinken said on Friday that he will travel" has both; the marker nearest to the
 * expression decides, because it most likely governs it.
 */
import type { Lang } from './lexicon.ts';
import { weakPastMarkers } from './weak-past.ts';

export type Tense = 'past' | 'future' | 'unknown';

// Each pattern below rules out an ASCII letter before a word first: part of the \p{L} test after it,
// and far cheaper at the many positions inside a word.

// "postponed" looks ahead only to the day it names next ("postponed to Friday"); "postponed his
// visit on Saturday" tells when the postponing was.
// A plan told in the pluperfect ("The vote had been scheduled for Wednesday afternoon") was made
// for a day the report looks back on.
// "geplant" before a form of "haben" is a perfect's participle ("der einen Anschlag geplant habe"):
// a plan someone had made, no future.
// Hearsay about the past looks like a plan: "die hem dat zou hebben aangeraden", "Kim soll Yoon
// dazu geraten haben", "he would have known" tell what reportedly was, so a conditional or "sollen"
// before a perfect's auxiliary is no future marker.
const FUTURE: Record<Lang, RegExp> = {
  en: /(?<![a-zA-Z])(?<![\p{L}])(?:will|would(?!\s+have\s)|won't|shall|'ll|going to|is to|are to|was to|were to|is due to|are due to|set to|is scheduled to|are scheduled to|plans?|(?:planned|scheduled)(?<!had\s+been\s+\p{Ll}+)|planning|postponed(?=\s+(?:to|until|till)\s)|intends?|expected to|upcoming|as soon as)(?![\p{L}])/giu,
  nl: /(?<![a-zA-Z])(?<![\p{L}])(?:zal|zullen|zult|(?:zou|zouden)(?!\s+(?:hebben|zijn)(?![\p{L}]))|gaat|gaan|wil|willen|moet|moeten|verwacht|gepland|voorzien)(?![\p{L}])/giu,
  de: /(?<![a-zA-Z])(?<![\p{L}])(?:würde|würden|wird|werden|werde|wirst|werdet|(?:soll|sollen)(?![^.,;:]*\s\p{Ll}+\s(?:haben|sein)(?![\p{L}]))|will|wollen|geplant(?!\s+(?:habe|haben|hatte|hatten|hat|hätte|hätten)(?![\p{L}]))|vorgesehen|angesetzt|erwartet)(?![\p{L}])/giu,
};

// A Dutch participle after a present "wordt"/"worden" in its clause is a passive in the present
// ("De verkiezingen worden in november gehouden"), no past form.
const PAST: Record<Lang, RegExp> = {
  // A capitalised "-ed" word is a name ("United States"), not a verb; after "be" a participle is a
  // passive whose tense is the auxiliary's ("will be named", "will be held"); "succeed", "need",
  // "indeed" are no past forms.
  en: /(?<![a-zA-Z])(?<![\p{L}])(?<!\b[Bb]e\s|[Bb]eing\s)(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|[Hh]as|[Hh]ave|[Ss]aid|[Tt]old|[Ww]ent|[Cc]ame|[Bb]egan|[Tt]ook|[Mm]ade|[Ll]eft|brought|bought|sold|won|lost|paid|rose|fell|got|gave|met|held|led|kept|found|thought|ran|saw|knew|became|wrote|spoke|struck|fought|fled|sent|spent|built|stood|grew|drew|threw|broke|chose|felt|heard|meant|taught|caught|sought|swore|withdrew|\p{Ll}{3,}(?<![^r]e)ed)(?![\p{L}])/gu,
  nl: /(?<![a-zA-Z])(?<![\p{L}])(?:was|waren|werd|werden|had|hadden|heeft|hebben|is|zijn|zei|zeiden|kwam|kwamen|ging|gingen|bleef|riep|riepen|deed|deden|(?:verklaarde|meldde|bevestigde|benadrukte|waarschuwde|schreef|noemde|verdedigde|kondigde|beloofde)n?|(?<!\b(?:wordt|worden)\s[^.,;:]*)ge\p{L}{2,}[dtn])(?![\p{L}])/giu,
  // Reporting verbs in the simple past: "erklärte er am Mittwochabend" looks back even after a
  // reported "werde" ("Die Regierung werde hart vorgehen"), which is no plan of the reporter's.
  // A separable verb in the simple past has no participle to betray it ("trat bereits am Mittwoch
  // zurück", "ordnete eine Staatstrauer an"): its finite forms are listed, but not "stand" and
  // "schloss", which the case-blind match would take for the nouns "Stand" and "Schloss".
  // A participle before "werden" is a passive infinitive or present ("soll ab Dienstagabend gestreikt
  // werden"), no past.
  de: /(?<![a-zA-Z])(?<![\p{L}])(?:war|waren|wurde|wurden|hatte|hatten|hat|haben|ist|sind|sagte|sagten|kam|kamen|ging|gingen|(?:erklärte|teilte|mitteilte|meldete|berichtete|bestätigte|betonte|kündigte|ankündigte|forderte|warnte|versprach|musste|konnte|durfte|verteidigte|kritisierte|nannte|schrieb|sprach|trat|gab|nahm|fand|lag|rief|hielt|fiel|zog|brach|starb|blieb|sah|stieg|traf|begann|lief|fuhr|flog|floh|schlug|geriet|brachte|setzte|ordnete|legte|stellte|räumte|wies)(?:en|n)?|bekanntgab(?:en)?|ließ|ließen|ge\p{L}{2,}(?:t|en)(?!\s+(?:werden|wird)(?![\p{L}])))(?![\p{L}])/giu,
};

/** "until", "bis (zum)", "tot (en met)" right before an expression: the end of a span. */
const UNTIL = /(?<![\p{L}])(?:until|till|bis|bis zum|bis zur|tot|tot en met)\s+$/iu;

/** Whether the expression starting at `start` of `sentence` is the end of a span: "bis zum 31. August". */
export function endsSpan(sentence: string, start: number): boolean {
  return UNTIL.test(sentence.slice(Math.max(0, start - 16), start));
}

/**
 * "from", "starting", "ab (dem)", "vanaf (het)" right before an expression: the start of a span. A
 * future verb's span starts ahead ("will suspend its dividend from the fourth quarter, the chipmaker
 * said") however near the verb of saying stands.
 */
const FROM =
  /(?<![\p{L}])(?:from|starting(?:\s+(?:in|on|with))?|beginning(?:\s+(?:in|on|with))?|as\s+of|ab(?:\s+(?:dem|der))?|vanaf(?:\s+het)?)\s+$/iu;

function startsSpan(sentence: string, start: number): boolean {
  return FROM.test(sentence.slice(Math.max(0, start - 16), start));
}

/**
 * Whether `text` holds a past marker: a past form, a perfect's auxiliary or a participle, or a
 * Dutch or German weak simple past ("telefonierte", "belde").
 */
export function hasPastMarker(lang: Lang, text: string): boolean {
  PAST[lang].lastIndex = 0;
  return PAST[lang].test(text) || weakPastMarkers(lang, text).length > 0;
}

/** Whether `text` tells only of the past: a past marker and no future one. */
export function toldInPast(lang: Lang, text: string): boolean {
  FUTURE[lang].lastIndex = 0;
  return !FUTURE[lang].test(text) && hasPastMarker(lang, text);
}

/** The matches of `re` in `text`, as start and end offsets one after the other. */
function markers(re: RegExp, text: string): number[] {
  re.lastIndex = 0;
  const found: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index, m.index + m[0].length);
  return found;
}

/**
 * Distance from the span [start, end) to the nearest of the `markers`, or Infinity, and whether a
 * marker that near stands before the span.
 */
function nearest(
  found: readonly number[],
  start: number,
  end: number,
): { distance: number; before: boolean } {
  let best = Infinity;
  let before = false;
  for (let i = 0; i + 1 < found.length; i += 2) {
    const from = found[i] ?? 0;
    const to = found[i + 1] ?? 0;
    const distance = to <= start ? start - to : from >= end ? from - end : 0;
    if (distance < best || (distance === best && to <= start)) {
      best = distance;
      before = to <= start;
    }
  }
  return { distance: best, before };
}

/**
 * Tense of `sentence` as seen from each expression [start, end) inside it. The sentence's markers
 * are looked for once, however many of its expressions ask.
 */
export function tenseReader(lang: Lang, sentence: string): (start: number, end: number) => Tense {
  let future: number[] | undefined;
  let past: number[] | undefined;
  let anyPast: boolean | undefined;
  return (start, end) => {
    future ??= markers(FUTURE[lang], sentence);
    if (future.length === 0) {
      // Without a future marker any past one decides, however far: the first found will do.
      anyPast ??= hasPastMarker(lang, sentence);
      return anyPast ? 'past' : 'unknown';
    }
    // "shall lead the government until 1 March, he announced": the end (or start) of what a future
    // verb before it says is to last lies ahead, however near a past verb after it stands.
    if ((future[0] ?? Infinity) < start && (endsSpan(sentence, start) || startsSpan(sentence, start)))
      return 'future';
    past ??= [...markers(PAST[lang], sentence), ...weakPastMarkers(lang, sentence)];
    const f = nearest(future, start, end);
    const p = nearest(past, start, end);
    if (f.distance !== p.distance) return f.distance < p.distance ? 'future' : 'past';
    // Equally near: the verb before a time phrase governs it ("said on Tuesday it will cut"); else
    // "planned", both a past form and a plan, is the plan.
    return p.before && !f.before ? 'past' : 'future';
  };
}

/**
 * A full stop ends a sentence unless it ends a title, an initial or a month abbreviation ("Mr.",
 * "P.", "Feb. 1"), a German or Dutch ordinal ("8. Januar"), or a lower-case word or a digit follows.
 */
const SENTENCE_END =
  /[.!?](?<!(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Rev|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Corp|Co|Inc|Ltd|Bros|dhr|mevr|bzw|ca|\p{Lu})\.|(?<![\p{N}])\p{N}{1,2}\.)(?:\s+(?![\p{Ll}\p{N}])|$)|\n\s*\n/gu;

const SENTENCE_WINDOW = 600;

/** The sentence of `text` that contains [start, end): cheap bounds on terminal punctuation. */
export function sentenceAround(text: string, start: number, end: number): { text: string; offset: number } {
  // Scanning from a window before the expression, not from the text's start, keeps this linear in
  // a long article; a sentence longer than the window is cut to it, which no tense cue needs.
  let from = Math.max(0, start - SENTENCE_WINDOW);
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) return { text: text.slice(from, m.index + 1), offset: from };
  }
  return { text: text.slice(from), offset: from };
}

/** A reporting verb in the present: "Tokayev says…", "Tokajev vindt…", "Tokajew sagt…", "Moraes wirft ihm vor…". */
const PRESENT_REPORTING: Record<Lang, RegExp> = {
  en: /(?<![a-zA-Z])(?<![\p{L}])(?:says|say|thinks|believes|warns|insists|argues|calls for|demands|accuses)(?![\p{L}])/iu,
  nl: /(?<![a-zA-Z])(?<![\p{L}])(?:zegt|zeggen|vindt|vinden|meent|waarschuwt|eist|eisen|roept op|verwijt|beschuldigt|verdenkt)(?![\p{L}])/iu,
  de: /(?<![a-zA-Z])(?<![\p{L}])(?:sagt|sagen|meint|meinen|warnt|fordert|fordern|betont|wirft|beschuldigt)(?![\p{L}])/iu,
};

/**
 * Whether a sentence reports what someone says now. Such a statement stands at publication, so it
 * must not borrow the date of a later sentence about something else.
 */
export function reportsInPresent(lang: Lang, sentence: string): boolean {
  return PRESENT_REPORTING[lang].test(sentence);
}

/** English "are investigating", "is still searching": what goes on as the report is written. */
const PRESENT_PROGRESSIVE = /(?<![\p{L}])(?:is|are)\s+(?:still\s+|now\s+)?\p{Ll}+ing(?![\p{L}])/u;

/** Whether the sentence tells in the present progressive what goes on now ("Prosecutors are investigating"). */
export function goesOnNow(lang: Lang, sentence: string): boolean {
  return lang === 'en' && PRESENT_PROGRESSIVE.test(sentence);
}
