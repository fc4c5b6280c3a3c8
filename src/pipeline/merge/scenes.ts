/**
 * Scenes apart: a gunman who shoots a woman in her home and, a quarter of an hour later, a teacher
 * in a hospital's classroom did two killings and set two fires that afternoon, however alike their
 * reports and their day. A report tells its scene by a noun right after an article or a possessive
 * ("in de woning", "in einer Wohnung", "in a classroom"; not "went home" or "the White House"), the
 * lexicon's `sceneWords`; a sentence telling none ("Die Frau starb") is at the scene of the report
 * before it in its paragraph. A report of both scenes ("shootings at a house and a university
 * hospital") counts the day's happenings: it joins neither one.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import { defaultLexicon } from '../candidates/lexicon.ts';

/** Words after which a noun names a thing, in English, Dutch and German. */
const DETERMINERS = new Set(
  (
    'the a an his her their its our this that ' +
    'de het een zijn haar hun dit dat die ' +
    'der die das dem den des ein eine einer einem einen seine seiner seinem ihre ihrer ihrem'
  ).split(' '),
);

const NONE: readonly string[] = [];

/** Words before where the wounded lie or are taken: "in the hospital", "naar het ziekenhuis", "ins Krankenhaus". */
const INTO = new Set(['in', 'to', 'into', 'naar', 'im', 'ins']);

/** The scene of each scene word, and the words of where the wounded are taken (lexicon `careWords`). */
export interface SceneIndex {
  scenes: ReadonlyMap<string, string>;
  care: ReadonlySet<string>;
}

/** The scene of each scene word, from the lexicon's lists by scene. */
export function sceneIndex(
  sceneWords: Readonly<Record<string, readonly string[]>>,
  careWords: readonly string[] = [],
): SceneIndex {
  const scenes = new Map<string, string>();
  for (const [scene, words] of Object.entries(sceneWords)) for (const w of words) scenes.set(w, scene);
  return { scenes, care: new Set(careWords) };
}

/** The scenes of the lexicon the pipeline runs with. */
export const SCENES: SceneIndex = sceneIndex(defaultLexicon.sceneWords, defaultLexicon.careWords);

/**
 * The scenes a sentence names, each once, in the order named. Of a happening that befalls people,
 * "in the hospital" and "naar het ziekenhuis" say where they lay afterwards: no scene.
 */
export function scenesNamed(text: string, index: SceneIndex, befalls = false): readonly string[] {
  const raw = text.split(/[^\p{L}\p{N}-]+/u);
  const words = raw.map((w) => w.toLowerCase());
  let found: string[] | undefined;
  for (let i = 1; i < words.length; i++) {
    // "an education building": a scene of two words, else of one.
    const two = `${words[i]} ${words[i + 1]}`;
    const word = words[i] as string;
    const scene = index.scenes.get(two) ?? index.scenes.get(word);
    if (scene === undefined || found?.includes(scene)) continue;
    // "einer Wohnung", "a university hospital": the article may stand one word before, not a
    // name's ("the White House").
    const at = DETERMINERS.has(words[i - 1] as string)
      ? i - 1
      : i > 1 && DETERMINERS.has(words[i - 2] as string) && !/^\p{Lu}/u.test(raw[i - 1] as string)
        ? i - 2
        : -1;
    if (at < 0) continue;
    if (befalls && index.care.has(word) && INTO.has(words[at - 1] as string)) continue;
    (found ??= []).push(scene);
  }
  return found ?? NONE;
}

/** Kinds that happen at a scene: what befalls someone there, a fire, a shooting. */
function atScene(kind: string): boolean {
  const t = kindTraits(kind);
  return t.moment === true || t.far || t.befalls === true || t.meets !== undefined;
}

/**
 * Each candidate's scenes: those its sentence names, else those of the nearest report before it in
 * its paragraph that names one. Candidates come in reading order within a document.
 */
export function candidateScenes(
  candidates: readonly EventCandidate[],
  index: SceneIndex = SCENES,
): (readonly string[])[] {
  if (index.scenes.size === 0) return candidates.map(() => NONE);
  const own = new Map<string, readonly string[]>();
  const ownOf = (c: EventCandidate): readonly string[] => {
    const key = `${c.document}#${c.sentence.id}#${kindTraits(c.kind).befalls === true}`;
    let scenes = own.get(key);
    if (scenes === undefined) {
      scenes = scenesNamed(c.sentence.text, index, kindTraits(c.kind).befalls === true);
      own.set(key, scenes);
    }
    return scenes;
  };
  // The last scenes named, by document and paragraph, with the sentence index that named them.
  const last = new Map<string, { index: number; scenes: readonly string[] }>();
  const order = candidates.map((_, i) => i);
  order.sort((x, y) => {
    const a = candidates[x] as EventCandidate;
    const b = candidates[y] as EventCandidate;
    return a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence.index - b.sentence.index;
  });
  const result: (readonly string[])[] = candidates.map(() => NONE);
  for (const i of order) {
    const c = candidates[i] as EventCandidate;
    if (!atScene(c.kind)) continue;
    const scenes = ownOf(c);
    const where = `${c.document}#${c.sentence.paragraph}`;
    if (scenes.length > 0) {
      last.set(where, { index: c.sentence.index, scenes });
      result[i] = scenes;
    } else {
      const before = last.get(where);
      if (before && before.index < c.sentence.index) result[i] = before.scenes;
    }
  }
  return result;
}

/** Both tell scenes, and not the same ones. */
function scenesDiffer(x: readonly string[], y: readonly string[]): boolean {
  return x.length > 0 && y.length > 0 && (x.length !== y.length || x.some((s) => !y.includes(s)));
}

/** Both tell the same scenes: evidence of one happening, as a place named by both is. */
export function sameScene(x: readonly string[] = NONE, y: readonly string[] = NONE): boolean {
  return x.length > 0 && !scenesDiffer(x, y) && y.length > 0;
}

/**
 * The scenes of each cluster, kept at its root: two clusters clash when both tell scenes and not
 * the same ones, so that no report of both scenes joins either, nor a chain joins the two.
 */
export class Scenes {
  private readonly scenes: (readonly string[])[];

  constructor(scenes: readonly (readonly string[])[]) {
    this.scenes = [...scenes];
  }

  clash(a: number, b: number): boolean {
    return scenesDiffer(this.scenes[a] as readonly string[], this.scenes[b] as readonly string[]);
  }

  join(root: number, a: number, b: number): void {
    const x = this.scenes[a] as readonly string[];
    this.scenes[root] = x.length > 0 ? x : (this.scenes[b] as readonly string[]);
  }
}
