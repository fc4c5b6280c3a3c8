/**
 * "Yoon declared emergency martial law late on Tuesday, accusing the opposition of … sympathising
 * with North Korea", "…, plunging Asia's fourth-largest economy into turmoil": a place named in a
 * participle clause of saying or of consequence after the happening is what was said or what
 * followed, not where it happened. So is one in a second clause of saying joined by "and" ("visited
 * the flooded region on Thursday and accused Russia of …", "bezocht donderdag het rampgebied en
 * beschuldigde Rusland", "besuchte am Donnerstag Cherson und warf Russland vor"). A clause that goes
 * on with the happening ("killing 10 people in Kabul", "including Almaty") still places it.
 */
import type { Mention } from '../types.ts';

const PARTICIPLE =
  /,\s+(?:accusing|blaming|citing|saying|claiming|arguing|plunging|sparking|prompting|raising|urging|warning|calling|describing|referring|threatening|comparing|dismissing|denying)(?![\p{L}])/iu;

/** "and" with a finite verb of saying or blaming that opens a second clause of the same subject. */
const COORDINATED_SAYING =
  /\s(?:and\s+(?:accused|blamed|said|warned|urged|called|criticised|criticized|condemned)|en\s+(?:beschuldigde|verweet|zei|waarschuwde|riep|bekritiseerde|veroordeelde)|und\s+(?:beschuldigte|warf|sagte|warnte|forderte|rief|kritisierte|verurteilte))(?![\p{L}])/iu;

/** Whether `place`, after the trigger at `trigger`, stands in such a clause. */
export function inTrailingParticiple(text: string, place: Mention, trigger: number): boolean {
  if (place.start <= trigger) return false;
  const between = text.slice(trigger, place.start);
  return PARTICIPLE.test(between) || COORDINATED_SAYING.test(between);
}
