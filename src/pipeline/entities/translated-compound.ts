/**
 * A machine translation from German or Dutch turns the parts of a compound name into English
 * words, one word each: "Horst Lake Farmer" for Horst Seehofer, "Guido Stone Mountain" for Guido
 * Steinberg, "Ralf Hunter" for Ralf Jäger, "Frank-Walter Stone Meier" for Frank-Walter Steinmeier,
 * "Federal Court Yard" for the Bundesgerichtshof, "Land Mountain-Again Village" for
 * Landsberg-Wiedersdorf. Written back,
 * part by part (a part may be kept as written, and German joins parts with or without an "s"), the
 * words spell a listed one-word name: after given names that fit, a person's family word; else, from
 * two words on, any listed name of one word.
 */
import { familyWords } from './family-words.ts';
import type { EntityModel } from './model.ts';
import { givenNamesFit, type Resolved } from './repair.ts';
import { fold, type Token } from './text.ts';

/**
 * English words a translation writes for a part of a German or Dutch name, with the parts they
 * stand for (folded): words of the languages, no names.
 */
const PARTS: Readonly<Record<string, readonly string[]>> = {
  again: ['wieder'],
  baker: ['becker', 'backer', 'bakker'],
  big: ['gross', 'groot'],
  bird: ['vogel'],
  black: ['schwarz', 'zwart'],
  bridge: ['brucke', 'bruck'],
  brook: ['bach'],
  brown: ['braun'],
  builder: ['bauer'],
  carpenter: ['zimmermann'],
  castle: ['burg'],
  church: ['kirch'],
  constitution: ['verfassung'],
  cook: ['koch'],
  court: ['gericht', 'hof'],
  cutter: ['schneider'],
  eagle: ['adler'],
  emperor: ['kaiser'],
  farm: ['hof'],
  farmer: ['hofer', 'bauer', 'boer'],
  federal: ['bundes'],
  field: ['feld'],
  fisher: ['fischer', 'visser'],
  fisherman: ['fischer', 'visser'],
  forest: ['wald', 'bos'],
  fox: ['fuchs'],
  great: ['groot'],
  hill: ['berg'],
  hostage: ['geisel'],
  house: ['haus'],
  hunter: ['jager'],
  iron: ['eisen'],
  king: ['konig', 'koning'],
  lake: ['see'],
  land: ['land'],
  large: ['gross', 'groot'],
  little: ['klein'],
  long: ['lang'],
  meadow: ['wiese'],
  mill: ['muhle'],
  miller: ['muller', 'molenaar'],
  mount: ['berg'],
  mountain: ['berg'],
  new: ['neu'],
  protection: ['schutz'],
  sea: ['see'],
  servant: ['knecht'],
  shoemaker: ['schuster'],
  short: ['kurz'],
  small: ['klein'],
  smith: ['schmidt', 'schmid', 'smit'],
  sour: ['sauer', 'zuur'],
  steel: ['stahl'],
  stone: ['stein', 'steen'],
  stream: ['bach'],
  summer: ['sommer'],
  sweet: ['suss', 'zoet'],
  tailor: ['schneider'],
  tall: ['gross'],
  village: ['dorf'],
  weaver: ['weber'],
  white: ['weiss'],
  winter: ['winter'],
  wood: ['wald', 'bos'],
  yard: ['hof'],
  young: ['jung', 'jong'],
};

/** Shorter listed names are too easily spelt by chance. */
const MIN_LETTERS = 6;
/** More parts than this are no name's. */
const MAX_PARTS = 4;

interface Compounds {
  /** Folded family word of each person with given names → the person ids. */
  families: Map<string, string[]>;
  /** Folded one-word names of actors and curated places, hyphens dropped → "actor:id", "place:id". */
  names: Map<string, string[]>;
}

const COMPOUNDS = new WeakMap<EntityModel, Compounds>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A name of one word, hyphens dropped, or undefined. */
function oneWord(name: string): string | undefined {
  const word = fold(name).replace(/-/g, '');
  return word.length >= MIN_LETTERS && /^\p{L}+$/u.test(word) ? word : undefined;
}

function compounds(model: EntityModel): Compounds {
  let made = COMPOUNDS.get(model);
  if (made) return made;
  made = { families: new Map(), names: new Map() };
  for (const [id, family] of familyWords(model))
    if ((model.givenNames.get(id)?.length ?? 0) > 0) push(made.families, family, id);
  for (const [id, actor] of model.actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const word = oneWord(name);
      if (word) push(made.names, word, `actor:${id}`);
    }
  }
  for (const [id, place] of model.places) {
    if (place.origin === 'package') continue;
    for (const name of [place.name, ...Object.values(place.names ?? {}), ...place.variants]) {
      const word = oneWord(name);
      if (word) push(made.names, word, `place:${id}`);
    }
  }
  COMPOUNDS.set(model, made);
  return made;
}

/** Every German spelling of the words, at least one of them translated back. */
function spellings(words: readonly Token[]): string[] {
  let done: { text: string; translated: boolean }[] = [{ text: '', translated: false }];
  for (const [i, w] of words.entries()) {
    const parts = PARTS[w.norm] ?? [];
    const options = [
      { text: w.norm, translated: false },
      ...parts.map((p) => ({ text: p, translated: true })),
    ];
    const joins = i === 0 ? [''] : ['', 's'];
    done = done.flatMap((d) =>
      options.flatMap((o) =>
        joins.map((j) => ({ text: d.text + j + o.text, translated: d.translated || o.translated })),
      ),
    );
  }
  return done.filter((d) => d.translated).map((d) => d.text);
}

/** The one target of the spellings in `index`, or undefined when none or several. */
function only(
  index: Map<string, string[]>,
  words: readonly Token[],
  fits: (target: string) => boolean,
): string | undefined {
  let found: string | undefined;
  for (const spelling of spellings(words)) {
    for (const target of index.get(spelling) ?? []) {
      if (!fits(target)) continue;
      if (found !== undefined && found !== target) return undefined;
      found = target;
    }
  }
  return found;
}

/** The listed person, organisation or place the run writes part by part in English, if any. */
export function translatedCompound(model: EntityModel, run: readonly Token[]): Resolved | undefined {
  if (run.length === 0 || run.length > MAX_PARTS + 2 || !run.some((t) => PARTS[t.norm])) return undefined;
  const made = compounds(model);
  for (let k = 1; k < run.length; k++) {
    const given = run.slice(0, k);
    const id = only(made.families, run.slice(k), (person) => givenNamesFit(model, person, [...given]));
    // Like a garbled name after its holder's title, its last word alone is that person too ("demanded Shoemaker").
    if (id) return { type: 'actor', id, resolution: 'context' };
  }
  const target = run.length >= 2 && run.length <= MAX_PARTS ? only(made.names, run, () => true) : undefined;
  if (target === undefined) return undefined;
  const [type, id = ''] = target.split(':');
  return { type: type === 'place' ? 'place' : 'actor', id, resolution: 'fuzzy' };
}
