import { compassBefore } from './compass-place.ts';

/** An English street name ("Rustaveli Avenue", "Main Street"). */
const STREET = /\s(?:Avenue|Street|Boulevard|Road|Prospekt)$/;

/**
 * A landmark named by a common noun after its own name ("Morandi bridge", "San José mine"): things
 * happen at it, with its article ("Collapse at the Morandi bridge").
 */
const BUILT_NOUN_LAST = /\s(?:bridge|viaduct|dam|mine|tunnel|station)$/;

/**
 * A place named as the point something lay by, up to four words before its name: "near the Danish
 * island of Bornholm", "bij het Deense eiland Bornholm", "vor der dänischen Insel Bornholm". A
 * preposition among those words sets it elsewhere ("set off two explosions on Bornholm").
 */
const WORD = String.raw`(?!(?:in|on|at|op|aan|auf|an|im)\s)[\p{L}'’-]+\s+`;
const NEAR_PLACE: Record<string, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:near|off)\s+(?:${WORD}){0,4}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:bij|nabij|voor\s+de\s+kust\s+van)\s+(?:${WORD}){0,3}$`, 'iu'),
  de: new RegExp(String.raw`(?<![\p{L}])(?:bei|nahe|vor)\s+(?:${WORD}){0,3}$`, 'iu'),
};

export interface PlaceInTitle {
  /** The place's name as the title writes it. */
  name: string;
  /** The gazetteer's kind of place ("city", "island", "waterway"…), where it lists the place. */
  kind?: string;
  /** The sentence, its language and where the place's name starts in it. */
  text?: string;
  lang?: string;
  start: number;
}

/**
 * The words a title puts before a place its template sets "in" or "near": what happened north of a
 * town happened there, not in it ("dies in crash north of Moscow"); a street is walked on; a sea,
 * river or canal is where things happen in, with its article ("Leak in the Baltic Sea"); an island
 * is where things happen on, or near when the sentence names it as the point they lay by
 * ("explosions near the Danish island of Bornholm"); a bridge or a mine is where things happen at.
 */
export function placePreposition(place: PlaceInTitle, written: 'in' | 'near'): string {
  const { text, lang } = place;
  const direction =
    text !== undefined && lang !== undefined ? compassBefore(text, place.start, lang) : undefined;
  if (direction) return ` ${direction} of `;
  if (place.kind === 'waterway') return ' in the ';
  if (place.kind === 'island') {
    const before = text?.slice(Math.max(0, place.start - 50), place.start);
    const near = before !== undefined && lang !== undefined && NEAR_PLACE[lang]?.test(before) === true;
    return near || written === 'near' ? ' near ' : ' on ';
  }
  if (written === 'near') return ' near ';
  if (place.kind === 'landmark' && BUILT_NOUN_LAST.test(place.name)) return ' at the ';
  return STREET.test(place.name) ? ' on ' : ' in ';
}
