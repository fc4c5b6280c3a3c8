/**
 * "Yoon declared emergency martial law late on Tuesday, accusing the opposition of … sympathising
 * with North Korea", "…, plunging Asia's fourth-largest economy into turmoil": a place named in a
 * participle clause of saying or of consequence after the happening is what was said or what
 * followed, not where it happened. So is one in a second clause of saying joined by "and" ("visited
 * the flooded region on Thursday and accused Russia of …", "bezocht donderdag het rampgebied en
 * beschuldigde Rusland", "besuchte am Donnerstag Cherson und warf Russland vor"), and one joined by
 * "and" after an attribution (see SAID_THEN_AND). A clause that goes on with the happening ("killing 10 people in Kabul", "including Almaty") still places it.
 */
import type { Mention } from '../types.ts';

const PARTICIPLE =
  /,\s+(?:accusing|blaming|citing|saying|claiming|arguing|plunging|sparking|prompting|raising|urging|warning|calling|describing|referring|threatening|comparing|dismissing|denying)(?![\p{L}])/iu;

/** "and" with a finite verb of saying or blaming that opens a second clause of the same subject. */
const COORDINATED_SAYING =
  /\s(?:and\s+(?:accused|blamed|said|warned|urged|called|criticised|criticized|condemned)|en\s+(?:beschuldigde|verweet|zei|waarschuwde|riep|bekritiseerde|veroordeelde)|und\s+(?:beschuldigte|warf|sagte|warnte|forderte|rief|kritisierte|verurteilte))(?![\p{L}])/iu;

/**
 * An attribution set off by commas and then "and" with a second clause of the same subject: "…,
 * killing at least 144 people, the military government said, and brought down a tower … in
 * Bangkok", "…, meldde de junta, en verwoestte …", "…, teilte die Regierung mit, und brachte …":
 * the second clause tells another happening, and its place is that one's.
 */
const SAID_THEN_AND =
  /,[^,]{1,80}?(?<![\p{L}])(?:said|says|reported|told\s+reporters|zei|zegt|meldde|meldt|berichtte|sagte|sagt|berichtete|mit)(?![\p{L}])[^,]{0,40},\s+(?:and|en|und)\s+\p{L}/iu;

/** Whether `place`, after the trigger at `trigger`, stands in such a clause. */
export function inTrailingParticiple(text: string, place: Mention, trigger: number): boolean {
  if (place.start <= trigger) return false;
  const between = text.slice(trigger, place.start);
  return PARTICIPLE.test(between) || COORDINATED_SAYING.test(between) || SAID_THEN_AND.test(between);
}
