/**
 * "Afgelopen zondag bestormden honderden demonstranten het vliegveld van Andahuaylas. Bij
 * confrontaties met de politie kwamen daar twee tieners om het leven.": "daar", "dort" and a
 * locative "there" stand for the place the sentence before named, in the same paragraph. The
 * sentence borrows its places, as a pronoun borrows a person (coreference.ts).
 */
import type { AnnotatedSentence, Mention } from '../types.ts';
import type { Token } from './tokenize.ts';
import { pairedPlace } from './compound-modifier.ts';
import { namesReferencePoint } from './reference-point.ts';
import { alsoOpening } from './also-opening.ts';
import { namedAgainAt } from './named-again-place.ts';

const LOCATIVE: Record<string, ReadonlySet<string>> = {
  en: new Set(['there']),
  nl: new Set(['daar', 'aldaar']),
  de: new Set(['dort', 'dorthin']),
};

/**
 * English "there" before a verb of being opens a sentence of existence ("There were also
 * explosions"), no place.
 */
const EXISTENTIAL_AFTER = new Set(
  'is are was were has have had will would may might could should can must be been seems seemed appear appeared remain remained remains followed'.split(
    ' ',
  ),
);

/**
 * Dutch "daar … toe", "daar … over": "daar" with a preposition left at the end of its clause
 * stands for a thing ("dat president Poetin daar persoonlijk toe had besloten"). A preposition
 * that opens a phrase of its own ("kwamen daar twee tieners om het leven") leaves it a place.
 */
const STRANDED = new Set(
  'toe mee over van voor aan op in om door bij uit tegen naar achter na af'.split(' '),
);
const DETERMINERS = new Set('de het een zijn haar hun die dat deze dit'.split(' '));
const STRANDED_REACH = 6;

function strandedAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + STRANDED_REACH && k < tokens.length; k++) {
    if (STRANDED.has((tokens[k] as Token).word) && !DETERMINERS.has(tokens[k + 1]?.word ?? '')) return true;
  }
  return false;
}

/**
 * Residents with no place of their own ("Honderden inwoners en toeristen werden geëvacueerd") live
 * where the paragraph is: the word stands for that place as "daar" does.
 */
const RESIDENTS: Record<string, ReadonlySet<string>> = {
  en: new Set(['residents', 'inhabitants']),
  nl: new Set(['inwoners', 'bewoners']),
  de: new Set(['einwohner', 'bewohner', 'anwohner']),
};

/**
 * A pronominal adverb opening the sentence stands for the happening before, and so for its place:
 * "… de aanslagen op twee moskeeën in het Nieuw-Zeelandse Christchurch. Daarbij kwamen vijftig
 * mensen om het leven", "Dabei starben drei Menschen"; only where it named one place: "Dabei
 * schossen sie … ab" after a march from Rostov to Moscow was at neither. "Daarbij komt dat …" adds
 * a point instead.
 */
const HAPPENING_BEFORE: Record<string, string> = { nl: 'daarbij', de: 'dabei' };

/** The locative pro-form of the sentence, if it has one that stands for a place. */
function locative(tokens: readonly Token[], lang: string, one: boolean): Token | undefined {
  const words = LOCATIVE[lang];
  const residents = RESIDENTS[lang];
  if (!words || !residents) return undefined;
  const first = tokens[0];
  if (first && first.word === HAPPENING_BEFORE[lang] && tokens[1]?.word !== 'komt')
    return one ? first : undefined;
  // "There were also explosions", naming no place, adds them where the happening before was.
  const also = alsoOpening(tokens, lang);
  if (also) return also;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (residents.has(token.word)) return token;
    if (!words.has(token.word)) continue;
    if (lang === 'en' && EXISTENTIAL_AFTER.has(tokens[i + 1]?.word ?? '')) continue;
    if (lang === 'nl' && strandedAfter(tokens, i)) continue;
    return token;
  }
  return undefined;
}

/**
 * The sentence's mentions, with the places of `previous` (the places its paragraph named last)
 * added at its "daar"/"dort"/"there" or its residents when it names no place of its own.
 */
export function withPlaceReference(
  tokens: readonly Token[],
  mentions: Mention[],
  { mentions: previous, text }: PlacesNamed,
  lang: string,
  isHappening: (i: number) => boolean = () => false,
): Mention[] {
  if (previous.length === 0 || mentions.some((m) => m.kind === 'place')) return mentions;
  const at =
    locative(tokens, lang, new Set(previous.map((m) => m.id)).size === 1) ??
    namedAgainAt(tokens, lang, text, isHappening);
  if (!at) return mentions;
  const borrowed = previous.map((m) => ({ ...m, start: at.start, end: at.end }));
  return [...mentions, ...borrowed].sort((a, b) => a.start - b.start);
}

/** The places a paragraph named last, and the sentence that named them. */
export interface PlacesNamed {
  mentions: readonly Mention[];
  text: string;
}

const NONE: PlacesNamed = { mentions: [], text: '' };

/** The places each sentence's "daar" may stand for: those its paragraph named last before it. */
export class ParagraphPlaces {
  private last: PlacesNamed = NONE;
  /** The ids of the places each paragraph read so far names, in the order named. */
  private readonly ids = new Map<string, string[]>();

  /** The places named before `s` in its paragraph (`opens`: `s` opens one); then those of `s`, if any. */
  before(s: AnnotatedSentence, opens: boolean): PlacesNamed {
    const before = opens ? NONE : this.last;
    const own = placesOf(s);
    if (own.length > 0 || opens) this.last = { mentions: own, text: s.text };
    const ids = this.ids.get(s.paragraph) ?? [];
    for (const m of own) ids.push(m.id as string);
    this.ids.set(s.paragraph, ids);
    return before;
  }

  /** The ids of the places the paragraph names, once every sentence of it has been read. */
  in(paragraph: string): readonly string[] {
    return this.ids.get(paragraph) ?? [];
  }
}

/**
 * The place mentions of a sentence that the next sentence's "daar" may stand for: not one named
 * only to say where another lies ("vlak bij de grens met Pennsylvania", "the Ohio-Pennsylvania
 * state line"), where no residents live.
 */
export function placesOf(s: AnnotatedSentence): Mention[] {
  return s.mentions.filter(
    (m) =>
      m.kind === 'place' &&
      m.id !== undefined &&
      !namesReferencePoint(s.text, m, s.mentions) &&
      !pairedPlace(s.text, m, s.mentions),
  );
}
