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
  /** The given name, folded. */
  given: string;
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
    title: fold(title),
    organisations,
    document,
  };
}

/** Two writings of one given name after one title, in sentences naming one listed organisation. */
function sameOffice(ours: readonly Written[], theirs: readonly Written[]): boolean {
  return ours.some((w) =>
    theirs.some(
      (t) =>
        w.given === t.given &&
        w.title === t.title &&
        [...w.organisations].some((o) => t.organisations.has(o)),
    ),
  );
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
      if (!written) continue;
      const list = byId.get(m.id);
      if (list) list.push(written);
      else byId.set(m.id, [written]);
    }
  }
  const documents = new Map([...byId].map(([id, ws]) => [id, new Set(ws.map((w) => w.document))]));
  const earliest = new Map([...documents].map(([id, ds]) => [id, Math.min(...[...ds].map(rank))]));
  // Only names of one given name after one title are compared.
  const byKey = new Map<string, string[]>();
  for (const [id, writings] of byId)
    for (const key of new Set(writings.map((w) => `${w.given}|${w.title}`))) {
      const list = byKey.get(key);
      if (list) list.push(id);
      else byKey.set(key, [id]);
    }
  const to = new Map<string, string>();
  for (const ids of byKey.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const own = documents.get(id) as Set<string>;
      if (own.size !== 1 || to.has(id)) continue;
      const kept = ids.find(
        (other) =>
          other !== id &&
          (earliest.get(other) as number) < (earliest.get(id) as number) &&
          ![...own].some((d) => documents.get(other)?.has(d)) &&
          sameOffice(byId.get(id) ?? [], byId.get(other) ?? []),
      );
      if (kept) to.set(id, kept);
    }
  }
  return to;
}
