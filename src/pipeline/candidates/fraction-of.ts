/**
 * "About half of the village's 4,800 residents were evacuated", "de helft van de 4800 inwoners",
 * "die Hälfte der 4800 Einwohner": a count after a fraction of it is the whole those befallen are a
 * part of, no count of them.
 */
const FRACTION_OF =
  /(?<!\p{L})(?:(?:half|a\s+third|two\s+thirds|a\s+quarter)\s+of|(?:de\s+)?(?:helft|een\s+derde|twee\s+derde|een\s+kwart)\s+van|(?:die\s+)?(?:hälfte|ein\s+drittel|zwei\s+drittel|ein\s+viertel)\s+(?:der|von))\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** How far before the number the fraction may stand. */
const REACH = 48;

/** Whether the number at `start` follows a fraction of it. */
export function afterFraction(text: string, start: number): boolean {
  return FRACTION_OF.test(text.slice(Math.max(0, start - REACH), start));
}
