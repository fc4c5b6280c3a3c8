/**
 * A machine translation turns a German or Dutch family name made of ordinary words into those
 * words in English: "Guido Stone Mountain" for Guido Steinberg, "Ralf Hunter" for Ralf Jäger,
 * "Andreas Hostage" for Andreas Geisel. Given names that fit a listed person, then English words
 * that translate the parts his family name is made of, in order, are that person.
 */
import type { EntityModel } from './model.ts';
import { givenNamesFit, type Resolved } from './repair.ts';
import { fold, type Token } from './text.ts';

/** Parts of German and Dutch family names (folded) and the English words a translation makes of them. */
const PARTS: Readonly<Record<string, readonly string[]>> = {
  stein: ['stone'],
  steen: ['stone'],
  berg: ['mountain', 'mount', 'hill'],
  jager: ['hunter'],
  jaeger: ['hunter'],
  geisel: ['hostage'],
  muller: ['miller'],
  mueller: ['miller'],
  molenaar: ['miller'],
  schmidt: ['smith'],
  smit: ['smith'],
  schneider: ['tailor', 'cutter'],
  fischer: ['fisher', 'fisherman'],
  visser: ['fisher', 'fisherman'],
  weber: ['weaver'],
  becker: ['baker'],
  backer: ['baker'],
  bakker: ['baker'],
  koch: ['cook'],
  bauer: ['farmer', 'builder'],
  boer: ['farmer'],
  zimmermann: ['carpenter'],
  klein: ['small', 'little'],
  gross: ['big', 'large', 'tall'],
  groot: ['big', 'great', 'large'],
  weiss: ['white'],
  schwarz: ['black'],
  zwart: ['black'],
  braun: ['brown'],
  wald: ['forest', 'wood'],
  bos: ['forest', 'wood'],
  feld: ['field'],
  burg: ['castle'],
  bach: ['brook', 'stream'],
  haus: ['house'],
  hof: ['court', 'yard', 'farm'],
  kirch: ['church'],
  konig: ['king'],
  koning: ['king'],
  kaiser: ['emperor'],
  fuchs: ['fox'],
  vogel: ['bird'],
  adler: ['eagle'],
  sommer: ['summer'],
  winter: ['winter'],
  lang: ['long'],
  kurz: ['short'],
  neu: ['new'],
  jong: ['young'],
};

/** Every English word of the table, to turn a run away before any person is tried. */
const ENGLISH: ReadonlySet<string> = new Set(Object.values(PARTS).flat());

/** Whether `family` is made of parts the English `words` translate, in order. */
function translates(family: string, words: readonly string[]): boolean {
  if (words.length === 0) return family === '';
  const [word, ...rest] = words as [string, ...string[]];
  for (let end = 2; end <= family.length; end++) {
    const part = PARTS[family.slice(0, end)];
    if (part?.includes(word) && translates(family.slice(end), rest)) return true;
  }
  return false;
}

/** Each listed person with given names and the folded last word of his name, once per model. */
const FAMILIES = new WeakMap<EntityModel, readonly (readonly [string, string])[]>();

function families(model: EntityModel): readonly (readonly [string, string])[] {
  let list = FAMILIES.get(model);
  if (list === undefined) {
    list = [...model.givenNames.keys()].flatMap((id) => {
      const family = fold(model.actors.get(id)?.name ?? '')
        .split(' ')
        .at(-1);
      return family ? [[id, family] as const] : [];
    });
    FAMILIES.set(model, list);
  }
  return list;
}

/**
 * The one listed person whose given names open the run and whose family name its other words
 * translate; two that fit name neither. One English word is a surname of its own as often ("the
 * actor Ralf Hunter"): it is a translation only after a title (`titled`: "Interior Minister Ralf
 * Hunter"); two are no English name ("Stone Mountain").
 */
export function translatedFamilyName(
  model: EntityModel,
  run: readonly Token[],
  titled: boolean,
): Resolved | undefined {
  for (let split = 1; split < run.length && run.length - split <= 3; split++) {
    const words = run.slice(split).map((t) => t.norm);
    if ((words.length === 1 && !titled) || !words.every((w) => ENGLISH.has(w))) continue;
    const given = run.slice(0, split);
    const fits = families(model).filter(
      ([id, family]) => translates(family, words) && givenNamesFit(model, id, given),
    );
    if (fits.length === 1)
      return { type: 'actor', id: (fits[0] as readonly [string, string])[0], resolution: 'fuzzy' };
  }
  return undefined;
}
