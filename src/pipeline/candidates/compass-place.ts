/**
 * A place named as a reference point: "crashed north of Moscow", "ten noorden van Moskou",
 * "nördlich von Moskau". The happening lies outside it, so a title says where it lies from it
 * rather than "in" it. "In the north of Kazakhstan" lies inside and is no reference point.
 */
const BEFORE_PLACE: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?<!\bthe\s)((?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+$/iu,
  nl: /(?<![\p{L}])ten\s+((?:noord|zuid)(?:oost|west)?en|oosten|westen)\s+van\s+$/iu,
  de: /(?<![\p{L}])((?:nord|süd)(?:öst|west)lich|nördlich|südlich|östlich|westlich)\s+von\s+$/iu,
};

/** Directions by their stems, in English. */
const ENGLISH: [RegExp, string][] = [
  [/^(?:north|noord|nord|nörd)/, 'north'],
  [/^(?:south|zuid|süd)/, 'south'],
  [/^(?:east|oost|öst)/, 'east'],
  [/^west/, 'west'],
];

function english(word: string): string {
  let rest = word.toLowerCase().replace(/-/g, '');
  const parts: string[] = [];
  for (let step = 0; step < 2; step++) {
    const found = ENGLISH.find(([stem]) => stem.test(rest));
    if (!found) break;
    parts.push(found[1]);
    rest = rest.replace(found[0], '');
  }
  return parts.join('-');
}

/** "north-west" for the compass direction written right before offset `start`, if one is. */
export function compassBefore(text: string, start: number, lang: string): string | undefined {
  const m = BEFORE_PLACE[lang]?.exec(text.slice(Math.max(0, start - 40), start));
  return m?.[1] ? english(m[1]) : undefined;
}
