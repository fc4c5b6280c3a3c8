/**
 * One person nobody listed, whose family name a machine translation swapped for another: "U.S. Coast
 * Guard Rear Admiral John Mauger" in the wire report, "Rear Admiral John Major of the US Coast Guard"
 * in the translation. The same given name after the same title, in sentences naming the same listed
 * organisation, is one person, under the spelling of the earliest report, when the later spelling
 * is written in that one report alone.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { fold, UNKNOWN_PREFIX } from '../entities/text.ts';
import type { Mention } from '../types.ts';

/** The capitalised word right before a name: its title ("Admiral", "Senator", "Kommandant"). */
const TITLE_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+$/u;

interface Written {
  /** Given name and family name, folded. */
  given: string;
  family: string;
  title: string;
  /** The listed organisations its sentence names. */
  organisations: Set<string>;
  document: string;
}

function writtenAs(
  text: string,
  m: Mention,
  organisations: Set<string>,
  document: string,
): Written | undefined {
  const words = (m.id as string).slice(UNKNOWN_PREFIX.length).split('-');
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (words.length !== 2 || title === undefined) return undefined;
  return {
    given: words[0] as string,
    family: words[1] as string,
    title: fold(title),
    organisations,
    document,
  };
}

/**
 * Each such garbled name's id to the id of the name it stands for. `rank` orders the reports: the
 * earliest report's spelling is kept.
 */
export function titledNamesakes(
  candidates: readonly EventCandidate[],
  rank: (document: string) => number,
): Map<string, string> {
  const byId = new Map<string, Written[]>();
  for (const c of candidates) {
    const organisations = new Set(
      c.sentence.mentions
        .filter((m) => m.kind === 'actor' && m.id !== undefined && !m.id.startsWith(UNKNOWN_PREFIX))
        .map((m) => m.id as string),
    );
    if (organisations.size === 0) continue;
    for (const m of c.sentence.mentions) {
      if (!m.id?.startsWith(UNKNOWN_PREFIX)) continue;
      const written = writtenAs(c.sentence.text, m, organisations, c.document);
      if (written) byId.set(m.id, [...(byId.get(m.id) ?? []), written]);
    }
  }
  const documentsOf = (id: string) => new Set((byId.get(id) ?? []).map((w) => w.document));
  const earliest = (id: string) => Math.min(...[...documentsOf(id)].map(rank));
  const to = new Map<string, string>();
  for (const [id, writings] of byId) {
    const documents = documentsOf(id);
    if (documents.size !== 1) continue;
    const kept = [...byId.entries()].find(
      ([other, theirs]) =>
        other !== id &&
        earliest(other) < earliest(id) &&
        ![...documents].some((d) => documentsOf(other).has(d)) &&
        theirs.some((t) =>
          writings.some(
            (w) =>
              w.given === t.given &&
              w.family !== t.family &&
              w.title === t.title &&
              [...w.organisations].some((o) => t.organisations.has(o)),
          ),
        ),
    );
    if (kept) to.set(id, kept[0]);
  }
  return to;
}
