import type { Mention } from '../types.ts';
import { isPluralAgent, pluralVerb } from './agreement.ts';
import { countedTitle } from './counted-title.ts';
import { attempted } from './attempted.ts';
import { ownsAgent } from './agent-owner.ts';
import { befallsMany } from './many-befallen.ts';
import { befallsOnePerson } from './one-person.ts';
import { shotsHeard } from './shots-heard.ts';
import type { PlacedFigure } from './figures.ts';
import { figurePhrase } from './figure-phrase.ts';
import { placePreposition } from './title-preposition.ts';
import type { ConceptEntry, KindEntry, TitleTemplate } from './lexicon.ts';
import type { Roles } from './role-types.ts';

/**
 * Concepts too generic to name what a title is about, or the way someone spoke ("apologised for
 * the cancellations" cancels no apology), or who did it ("the prime minister cancelled a trip").
 */
const GENERIC = new Set([
  'export',
  'price',
  'protesters',
  'police',
  'news-conference',
  'televised-address',
  'apology',
  'leader',
]);

/**
 * Figures that can stand in a title of this kind, nearest the trigger first; a part adds nothing to
 * its whole, and an addition ("two more") nothing to the tally beside it ("risen to 27").
 */
export function titleFigures(kind: KindEntry, figures: PlacedFigure[], trigger: number): PlacedFigure[] {
  const nouns = kind.figureNouns ?? [];
  // A part that is its clause's subject ("184 of them are in custody") counts what its clause tells;
  // one nation's people among a toll ("75 Germans were among the dead") are not all it befell.
  const fit = figures.filter(
    (f) => nouns.includes(f.noun) && (f.whole === undefined || f.ofThem) && f.nation === undefined,
  );
  const totals = fit.filter((f) => !f.more);
  return (totals.length > 0 ? totals : fit).sort(
    (a, b) => Math.abs(a.start - trigger) - Math.abs(b.start - trigger),
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function phrase(f: PlacedFigure): string {
  return figurePhrase(f.noun === 'arrests' ? { ...f, noun: 'people' } : f);
}

export interface TitleInput {
  kind: KindEntry;
  roles: Roles;
  figures: PlacedFigure[];
  trigger: number;
  concepts: ConceptEntry[];
  name: (m: Mention) => string;
  /** The sentence and its language, to tell a place named as a reference point ("north of Moscow"). */
  text?: string;
  lang?: string;
  /** The gazetteer's kind of a listed place ("island", "waterway"…), for the words before it. */
  placeKind?: (m: Mention) => string | undefined;
}

/** The preposition a template writes right before its {place}, which the place may change. */
const BEFORE_PLACE = / (in|near) $/;

/** A template's text split at its slots: literal text at even indexes, slot names at odd ones. */
const templateParts = new Map<string, string[]>();

export function partsOf(template: string): string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  return parts;
}

/** Names as a list: "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** What fills a slot, worked out only for the slots a template has; undefined leaves it empty. */
function slotValue(
  slot: string,
  input: TitleInput,
  template: TitleTemplate,
  figures: PlacedFigure[],
): string | undefined {
  const { roles, name, concepts } = input;
  switch (slot) {
    case 'agent':
      return roles.agent && name(roles.agent);
    case 'patient':
      return roles.patient && (roles.befallen ? listOf(roles.befallen.map(name)) : name(roles.patient));
    case 'other':
      return roles.other && name(roles.other);
    case 'place':
      if (input.kind.destination && roles.place && roles.place.start < input.trigger) return undefined;
      if (roles.place && roles.agent && input.text && ownsAgent(input.text, roles.place, roles.agent))
        return undefined;
      return roles.place && name(roles.place);
    case 'figure':
      return figures[0] && phrase(figures[0]);
    case 'figures':
      return figures.length > 0
        ? [...figures]
            .sort((a, b) => a.start - b.start)
            // "13 troops, more than 170 people": only the title's first word is capitalised.
            .map((f, i) => (i === 0 ? phrase(f) : lowerFirst(phrase(f))))
            .join(', ')
        : undefined;
    case 'object':
      return template.if
        ? concepts.find((c) => c.id === template.if)?.noun
        : concepts.find((c) => !GENERIC.has(c.id))?.noun;
    default:
      return undefined;
  }
}

/** The kind whose title fills a deadly title's {deaths}. */
export const DEATHS_KIND = 'death';

/** The slot a deadly title keeps for the merge to fill with the title of the deaths it joins. */
export const DEATHS_SLOT = '{deaths}';

/**
 * Whether a place's name repeats the title written before it: "Airport seized in Almaty
 * International Airport" says the airport twice; the template without a place says it once.
 */
function repeatsTitle(title: string, place: string): boolean {
  const head = title.slice(0, title.indexOf(' ')).toLowerCase();
  return head.length > 3 && place.toLowerCase().includes(head);
}

/** The template's text (or `text`) with its slots filled, or undefined when one of them stays empty. */
function fill(
  template: TitleTemplate,
  input: TitleInput,
  figures: PlacedFigure[],
  text: string = template.text,
): string | undefined {
  const parts = partsOf(text);
  let title = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i] as string;
    const value = slot === 'deaths' ? DEATHS_SLOT : slotValue(slot, input, template, figures);
    if (!value || (slot === 'place' && repeatsTitle(title, value))) return undefined;
    // A figure phrase opens a title capitalised ("About 3,000 jobs cut"); inside one it reads on in
    // lower case ("Bosch cuts about 3,000 jobs").
    const inside = title !== '' && (slot === 'figure' || slot === 'figures');
    const written = slot === 'place' ? BEFORE_PLACE.exec(title) : null;
    const place = input.roles.place;
    if (written && place) {
      const { text, lang } = input;
      const at = { name: value, kind: input.placeKind?.(place), text, lang, start: place.start };
      title = title.slice(0, written.index) + placePreposition(at, written[1] as 'in' | 'near');
    }
    const rest = parts[i + 1] ?? '';
    const plural =
      title === '' &&
      ((slot === 'agent' && isPluralAgent(value)) ||
        (slot === 'patient' && input.roles.befallen !== undefined));
    title += (inside ? lowerFirst(value) : value) + (plural ? pluralVerb(rest) : rest);
  }
  return title;
}

function hasConcept(concepts: ConceptEntry[], id: string): boolean {
  return concepts.some((c) => c.id === id);
}

/**
 * The first of the kind's templates whose slots can all be filled, with its slots filled, and its
 * position; with the template's deadly and fatal titles, filled alike, where it has them.
 */
export function buildTitle(input: TitleInput): {
  title: string;
  rank: number;
  deadly?: string;
  fatal?: string;
  tried?: boolean;
} {
  const { kind, concepts, text, trigger } = input;
  const lang = input.lang ?? '';
  const figures = titleFigures(kind, input.figures, trigger);
  // Each asked once, of the first template that needs it ("One person killed in {place}", then
  // without), and only once its concepts are known to occur.
  let onePerson: boolean | undefined;
  const befallsOne = () => (onePerson ??= text !== undefined && befallsOnePerson(text, trigger));
  let many: boolean | undefined;
  let heard: boolean | undefined;
  let tried: boolean | undefined;
  const befallsSeveral = () => (many ??= text !== undefined && befallsMany(text, trigger));
  const isHeard = () => (heard ??= text !== undefined && shotsHeard(text, lang, trigger));
  const isTried = () => (tried ??= text !== undefined && attempted(text, lang, trigger));
  for (let rank = 0; rank < kind.titles.length; rank++) {
    const template = kind.titles[rank] as TitleTemplate;
    if (template.aside || (template.if !== undefined && !hasConcept(concepts, template.if))) continue;
    if (template.also?.some((id) => !hasConcept(concepts, id))) continue;
    if (template.one && !befallsOne()) continue;
    if ((template.single && befallsSeveral()) || (template.heard && !isHeard())) continue;
    const attempt = template.tried !== undefined && isTried();
    const filled = fill(template, input, figures, attempt ? template.tried : template.text);
    if (filled === undefined) continue;
    const title =
      (figures[0] && countedTitle(filled, { phrase: phrase(figures[0]), value: figures[0].figure.value })) ??
      filled;
    const deadly =
      template.deadly === undefined ? undefined : fill(template, input, figures, template.deadly);
    const fatal = template.fatal === undefined ? undefined : fill(template, input, figures, template.fatal);
    return {
      title: title.charAt(0).toUpperCase() + title.slice(1),
      rank,
      ...(deadly ? { deadly } : {}),
      ...(fatal ? { fatal } : {}),
      ...(attempt ? { tried: true } : {}),
    };
  }
  return { title: kind.kind.charAt(0).toUpperCase() + kind.kind.slice(1), rank: kind.titles.length };
}
