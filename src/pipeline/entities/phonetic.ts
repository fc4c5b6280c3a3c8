/**
 * A coarse phonetic key for names that reach us through different transliterations
 * (Russian/Kazakh names in English, Dutch and German spelling) or a machine translation:
 * Tokayev/Tokajev/Tokajew, Nazarbayev/Nasarbajew/Noersoeltan, Shymkent/Chimkent/Tsjimkent/Schymkent,
 * Prigozhin/Prigozjin/Prigoschin, Zurabishvili/Zoerabisjvili.
 * Keys are compared with an edit distance, never used alone to decide.
 */
import { CappedCache } from '../capped-cache.ts';
import { fold } from './text.ts';

const RULES: [RegExp, string][] = [
  [/tsch|tsj|dzh|sch|sj|zj|zh|sh|ch|dj|j/g, 'J'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/kh|gh/g, 'k'],
  [/oe|ou/g, 'u'],
  [/ae/g, 'a'],
  [/ue/g, 'u'],
  [/x/g, 'ks'],
  // A final "-ce" is a soft c and a silent e (Pence, Clarence, Joyce): a translation writes "Pens".
  [/ce$/, 's'],
  [/[cq]/g, 'k'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/d/g, 't'],
  [/b/g, 'p'],
  [/g/g, 'k'],
  [/h/g, ''],
];

const VOWEL = /[aeiou]/;

/** Keys already made: the same names (a person's given names, a run's last word) come back. */
const keys = new CappedCache<string, string>(10_000);

export function phoneticKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = keyOf(name);
    keys.set(name, key);
  }
  return key;
}

function keyOf(name: string): string {
  let s = fold(name).replace(/[^a-z]/g, '');
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i] as [RegExp, string];
    s = s.replace(rule[0], rule[1]);
  }
  // "y" is a vowel after a consonant (Shymkent, Almaty) and a glide elsewhere (Tokayev), like "j" in Tokajev.
  s = s.replace(/y/g, (_, i: number) => {
    const before = s[i - 1] ?? '';
    const after = s[i + 1] ?? '';
    return before && !VOWEL.test(before) && !VOWEL.test(after) ? 'i' : 'J';
  });
  return s.replace(/(.)\1+/g, '$1');
}

/** Three rows of the distance table, reused: fuzzy lookups compare a word with dozens of keys. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function damerau(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) {
    const width = 2 * (b.length + 1);
    rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  }
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      }
      cur[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length] as number;
}

/** How far two names may be apart, by the length of the shorter key: none below 5 letters. */
export function allowedDistance(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Two names that sound alike within the distance their length allows ("Gérard", "Gérald"). */
export function similarNames(a: string, b: string): boolean {
  const ka = phoneticKey(a);
  const kb = phoneticKey(b);
  return damerau(ka, kb, 2) <= allowedDistance(Math.min(ka.length, kb.length));
}

/** A "v" or "w" between a consonant and a vowel ("Samvel", "Manwel"). */
const GLIDE_V = /(?<=[b-df-hj-np-tv-z])[vw](?=[aeiou])/g;

/** A Spanish or Italian given name's "-cio", "-cia", which a translation writes as English "-ce". */
const ROMANCE_CE = /ci[oa]$/;

/**
 * Two given names alike (see similarNames), also where a translation writes a known name's "u" for
 * the "v" between a consonant and a vowel: "Samuel Shakhramanyan" is Samvel Shahramanyan, as
 * "Manuel" is Manvel; or a Spanish name's ending as English writes it: "the miner Florence Avalos"
 * is Florencio Ávalos. Folded names only.
 */
export function similarGivenNames(a: string, b: string): boolean {
  if (similarNames(a, b)) return true;
  const ea = a.replace(ROMANCE_CE, 'ce');
  const eb = b.replace(ROMANCE_CE, 'ce');
  if ((ea !== a || eb !== b) && similarNames(ea, eb)) return true;
  const ua = a.replace(GLIDE_V, 'u');
  const ub = b.replace(GLIDE_V, 'u');
  return (ua !== a || ub !== b) && similarNames(ua, ub);
}
