/**
 * A machine translation turns a name's particle into English: "Alexander of Moraes" for Alexandre
 * de Moraes, "Lula of the Silva" for Lula da Silva; or the family word into the English word it
 * looks like: "Giuseppe Count" for Giuseppe Conte. Given names that fit before "of (the)" and a
 * listed person, or a listed person before "of (the)" and the last word of one of his names, are
 * that person, not a second name.
 */
import type { Found, SentenceState } from './found.ts';
import { familyWords } from './family-words.ts';
import type { EntityModel } from './model.ts';
import { damerau } from './phonetic.ts';
import { givenNamesFit, type Resolved } from './repair.ts';
import { fold, type Token } from './text.ts';

/** The token after "of" or "of the" at `at`, or -1. */
function afterOf(tokens: Token[], at: number): number {
  if (tokens[at]?.norm !== 'of') return -1;
  return tokens[at + 1]?.norm === 'the' ? at + 2 : at + 1;
}

/** The token "of" or "of the" begins at, ending right before `at`, or -1. */
function ofBefore(tokens: Token[], at: number): number {
  if (tokens[at - 1]?.norm === 'of') return at - 1;
  return tokens[at - 1]?.norm === 'the' && tokens[at - 2]?.norm === 'of' ? at - 2 : -1;
}

/** Whether one of the actor's names ends in `word` after other words ("Lula da Silva": "silva"). */
function endsOneOfNames(model: EntityModel, id: string, word: string): boolean {
  const actor = model.actors.get(id);
  return actor !== undefined && [actor.name, ...actor.aliases].some((n) => fold(n).endsWith(` ${word}`));
}

/**
 * Joins the run [first, end) to the listed person across a translated particle, when it is that
 * person's given names or family word: the person's mention then spans both. Whether it did.
 */
export function joinTranslatedParticle(
  model: EntityModel,
  state: SentenceState,
  first: number,
  end: number,
): boolean {
  const { tokens, found } = state;
  const isPerson = (f: Found | undefined): f is Found & { id: string } => f?.person === true && !!f.id;
  const next = afterOf(tokens, end);
  const after = next < 0 ? undefined : found.find((f) => f.first === next);
  if (isPerson(after) && givenNamesFit(model, after.id, tokens.slice(first, end))) {
    for (let i = first; i < after.first; i++) state.covered[i] = 1;
    after.first = first;
    after.resolution = 'fuzzy';
    return true;
  }
  const of = end - first === 1 ? ofBefore(tokens, first) : -1;
  const before = of < 0 ? undefined : found.find((f) => f.end === of);
  if (isPerson(before) && endsOneOfNames(model, before.id, (tokens[first] as Token).norm)) {
    for (let i = before.end; i < end; i++) state.covered[i] = 1;
    before.end = end;
    return true;
  }
  return false;
}

/** English words a translation writes for a name's particle: "Di Maio" as "Of May". */
const ENGLISH_PARTICLES = new Set(['of', 'from']);
/** The particles before a family word in the listed names: Di Maio, de Moraes, van der Leyen. */
const PARTICLES = new Set(['di', 'de', 'da', 'del', 'della', 'du', 'dos', 'van', 'von', 'der', 'den']);

/** The family word after a particle that ends the actor's name ("maio" of Luigi Di Maio), if any. */
function familyAfterParticle(model: EntityModel, id: string): string | undefined {
  const parts = fold(model.actors.get(id)?.name ?? '').split(' ');
  return parts.length > 2 && PARTICLES.has(parts.at(-2) ?? '') ? parts.at(-1) : undefined;
}

/**
 * "Luigi Of May" for Luigi Di Maio: the translation turned the particle into English and the
 * family word into a like English one. Given names that fit, "of" or "from", and a word that opens
 * as the family word does and is within two edits of it name the one listed person that fits so;
 * two that fit name neither.
 */
export function translatedParticleName(model: EntityModel, run: readonly Token[]): Resolved | undefined {
  const at = run.length - 2;
  if (at < 1 || !ENGLISH_PARTICLES.has((run[at] as Token).norm)) return undefined;
  const given = run.slice(0, at);
  const word = (run[at + 1] as Token).norm;
  let id: string | undefined;
  for (const actor of model.givenNames.keys()) {
    const family = familyAfterParticle(model, actor);
    if (!family || family.slice(0, 2) !== word.slice(0, 2) || damerau(family, word, 2) > 2) continue;
    if (!givenNamesFit(model, actor, given)) continue;
    if (id !== undefined) return undefined;
    id = actor;
  }
  return id === undefined ? undefined : { type: 'actor', id, resolution: 'fuzzy' };
}

/**
 * "the premier Giuseppe Count" for Giuseppe Conte: the translation took the family word for the
 * English word it resembles (Italian "conte", a count). Given names that fit and a word that opens
 * as the family word does and is within two edits of it name the one listed person that fits so;
 * two that fit name neither.
 */
export function translatedFamilyWord(model: EntityModel, run: readonly Token[]): Resolved | undefined {
  const last = run.at(-1);
  const given = run.slice(0, -1);
  if (!last || given.length === 0) return undefined;
  const word = last.norm;
  let id: string | undefined;
  for (const [actor, family] of familyWords(model)) {
    if (family === word || family.slice(0, 2) !== word.slice(0, 2)) continue;
    if (damerau(family, word, 2) > 2 || !givenNamesFit(model, actor, given)) continue;
    if (id !== undefined) return undefined;
    id = actor;
  }
  return id === undefined ? undefined : { type: 'actor', id, resolution: 'fuzzy' };
}
