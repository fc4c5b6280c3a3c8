/**
 * A name that only says whose relative or aide someone is: "arrested the wife of X", "die Frau von
 * X festgenommen", "de vrouw van X gearresteerd", "X's brother was detained". What is reported
 * befell that unnamed person, not X.
 */
import { fold } from '../entities/text.ts';

const RELATIVES = new Set(
  [
    'wife husband widow son sons daughter daughters brother brothers sister sisters father mother parents',
    'relative relatives family cousin nephew niece uncle aunt girlfriend boyfriend partner fiancee',
    'lawyer lawyers bodyguard bodyguards driver aide aides',
    'vrouw echtgenote echtgenoot man weduwe zoon zonen dochter dochters broer broers zus zussen zuster',
    'vader moeder ouders familie familieleden neef nicht oom tante vriendin advocaat advocaten lijfwacht',
    'chauffeur',
    'frau ehefrau ehemann witwe sohn sohne tochter bruder schwester schwestern vater',
    'mutter eltern angehorige angehorigen neffe nichte onkel tante freundin lebensgefahrtin',
    'anwalt anwaltin anwalte leibwachter fahrer',
    // Step and half relatives: "Trond Berntsen, ein Stiefbruder von Kronprinzessin Mette-Marit".
    'stepbrother stepsister stepson stepdaughter stepfather stepmother',
    'stiefbroer stiefzus stiefzoon stiefdochter stiefvader stiefmoeder halfbroer halfzus',
    'stiefbruder stiefschwester stiefsohn stieftochter stiefvater stiefmutter halbbruder halbschwester',
  ]
    .join(' ')
    .split(' '),
);

/**
 * "… wife of ", "… Frau von der ", "… vrouw van ", and with titles between: "the son of ousted
 * Prime Minister ", "der Sohn der geflohenen Regierungschefin ": the relative's noun before
 * "of"/"van"/"von" or a German genitive article. A name after "and" is listed beside them, not
 * theirs ("the wife of the president and Anna Berg").
 */
const RELATIVE_OF =
  /(\p{L}+)\s+(?:(?:of|van|von)\s+(?:(?:the|de|het|der|dem|den)\s+)?|(?:der|des)\s+)(?:(?!(?:and|und|en|or|oder|of|van|von)\s)[\p{L}-]+\s+){0,3}$/iu;

/** Cheap gate: an "of" of one of the languages shortly before the name. */
const OF = /\b(?:of|van|von|der|des)\s/;

/** "X's wife", "X’s brothers": the relative's noun after an English possessive. */
const POSSESSIVE_RELATIVE = /^['’]s\s+(\p{L}+)/u;

/** "Amris Brüder", "Nawalnys Mutter": a German genitive name before the relative's noun. */
const GENITIVE_RELATIVE = /^s?\s+(\p{Lu}\p{L}+)/u;

export function namesRelative(text: string, m: { start: number; end: number }): boolean {
  const after = text.charCodeAt(m.end);
  // Cheap gates first: an apostrophe right after the name, or "of/van/von" shortly before it.
  if (after === 39 || after === 8217) {
    const word = POSSESSIVE_RELATIVE.exec(text.slice(m.end, m.end + 24))?.[1];
    if (word !== undefined && RELATIVES.has(fold(word))) return true;
  }
  if (after === 115 || text.charCodeAt(m.end - 1) === 115) {
    const word = GENITIVE_RELATIVE.exec(text.slice(m.end, m.end + 24))?.[1];
    if (word !== undefined && RELATIVES.has(fold(word))) return true;
  }
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  if (!OF.test(before.toLowerCase())) return false;
  const word = RELATIVE_OF.exec(before)?.[1];
  return word !== undefined && RELATIVES.has(fold(word));
}
