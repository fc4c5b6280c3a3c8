/**
 * "President Kassym-Jomart Tokayev's office said …", "een woordvoerder van Poetin zei …", "ein
 * Sprecher von Putin sagte …": who speaks for a person makes that person's statement.
 */
import type { Mention } from '../types.ts';
import { BLANK } from './text-gaps.ts';

/** Between an owner and the verb: "'s office", "'s press office"; the last word is the office. */
const OWNED_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+$/u;
/** Before an owner right before the verb: "woordvoerder van", "Sprecher von"; the first word is the office. */
const OFFICE_BEFORE = /([\p{L}-]+)\s+(?:van|von)\s+$/u;
/**
 * After a fronted verb, before its owner: "zei een woordvoerder van", "sagte ein Sprecher von", or
 * the owner in the genitive: "sagte ein Sprecher Putins".
 */
const OFFICE_AFTER_VERB =
  /^\S+\s+(?:(?:een|de|het|ein|eine|der|die)\s+)?([\p{L}-]+)\s+(?:(?:van|von)\s+)?$/iu;

/** The person whose office or spokesperson speaks at `trigger`, before it or after a fronted verb. */
export function speaksFor(
  text: string,
  mentions: readonly Mention[],
  trigger: number,
  officeWords: ReadonlySet<string>,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  for (const m of mentions) {
    if (m.kind === 'place') continue;
    let office: string | undefined;
    if (m.start >= trigger) office = OFFICE_AFTER_VERB.exec(text.slice(trigger, m.start))?.[1];
    else {
      const between = text.slice(m.end, trigger);
      office = OWNED_AFTER.exec(between)?.[1];
      if (office === undefined && BLANK.test(between))
        office = OFFICE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    }
    if (office !== undefined && officeWords.has(office.toLowerCase()) && isPerson(m)) return m;
  }
  return undefined;
}
