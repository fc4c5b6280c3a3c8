/**
 * "British Prime Minister Keir Hardie" in a translation, where a report of the same story names
 * "British Prime Minister Keir Starmer": after a title a listed person holds, his given name with
 * another family name is that person garbled by a machine translation, when another report of the
 * story writes his name after one of his titles too. The document alone cannot tell ("Kremlin
 * spokesman Dmitry Shostakovich" with no Peskov stays as written); the story can. A title is read
 * with or without its country ("Interior Minister Gerald Darmanin" in one report, "Minister of the
 * Interior Gérard Depardieu" in the translation), and a given name a letter off is still his.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { ActorEntry, AnnotatedSentence, Mention } from '../types.ts';
import { similarNames } from '../entities/phonetic.ts';
import { fold, UNKNOWN_PREFIX } from '../entities/text.ts';
import type { SameStory } from '../story-links.ts';
import { garbledSurnames } from './garbled-surnames.ts';
import { swapGarbles } from './swap-garbles.ts';

/** A listed person's titles, given name and family name, folded. */
interface Holder {
  id: string;
  name: string;
  given: string;
  family: string;
  roles: string[];
  /** The roles and their titles without a country ("interior minister"). */
  titles: string[];
}

/** A role's title without its country, folded ("French Interior Minister" → "interior minister"). */
export type TitleOf = (role: string) => string;

function holdersOf(actors: readonly ActorEntry[], titleOf: TitleOf): Holder[] {
  const holders: Holder[] = [];
  for (const a of actors) {
    const words = fold(a.name).split(/\s+/);
    if (a.kind !== 'person' || !a.roles?.length || words.length < 2) continue;
    const roles = a.roles.map(fold);
    const titles = new Set(roles);
    for (const r of a.roles) {
      const title = titleOf(r);
      if (title) titles.add(title);
    }
    holders.push({
      id: a.id,
      name: a.name,
      given: words[0] as string,
      family: words.at(-1) as string,
      roles,
      titles: [...titles],
    });
  }
  return holders;
}

/**
 * The title right before the mention is one of the holder's ("British Prime Minister Keir …"); with
 * `apposition`, also set off by a comma ("Der UN-Sondergesandte für Libyen, Abdoulaye Bathily, …",
 * "The President of the Government, Pedro Almodóvar, …"), as a translation writes a garble too
 * where his given name stands with it.
 */
function titledBy(text: string, m: Mention, roles: readonly string[], apposition = false): boolean {
  const near = fold(text.slice(Math.max(0, m.start - 80), m.start)).trimEnd();
  const before = apposition ? near.replace(/,$/, '').trimEnd() : near;
  return roles.some((r) => before.endsWith(r) && !/\p{L}/u.test(before.charAt(before.length - r.length - 1)));
}

/**
 * The holders of titles nobody else listed holds ("WHO chief"), with those titles: after one, a
 * name nobody listed is that holder garbled whatever its given name ("WHO chief Haile
 * Gebrselassie"), where a sister report names him after one of his titles.
 */
function soleTitleHolders(holders: readonly Holder[]): (Holder & { soleRoles: string[] })[] {
  const held = new Map<string, number>();
  for (const h of holders) for (const r of new Set(h.roles)) held.set(r, (held.get(r) ?? 0) + 1);
  return holders
    .map((h) => ({ ...h, soleRoles: h.roles.filter((r) => held.get(r) === 1) }))
    .filter((h) => h.soleRoles.length > 0);
}

/** Whether one of the documents (none when undefined) passes `test`: the set walked, not copied. */
function anyOf(documents: ReadonlySet<string> | undefined, test: (document: string) => boolean): boolean {
  if (documents) for (const d of documents) if (test(d)) return true;
  return false;
}

function note(named: Map<string, Set<string>>, id: string, document: string): void {
  let ids = named.get(id);
  if (!ids) named.set(id, (ids = new Set()));
  ids.add(document);
}

/**
 * The listed title holders and what a document says of them: which it names after one of their
 * titles, as a garble is written. Every sentence counts, not only those reporting a happening: a
 * quotation's "…," WHO Director-General Tedros Adhanom Ghebreyesus said" names him as surely.
 */
export class TitledHolders {
  private readonly byId: Map<string, Holder>;
  /** Holder ids by the documents that name them after a role, country and all ("French Interior Minister"). */
  private readonly named = new Map<string, Set<string>>();
  /** Holder ids by the documents that name them after a role or its title alone ("Interior Minister"). */
  private readonly namedByTitle = new Map<string, Set<string>>();

  constructor(actors: readonly ActorEntry[], titleOf: TitleOf) {
    this.byId = new Map(holdersOf(actors, titleOf).map((h) => [h.id, h]));
  }

  /** Notes the holders one document names after one of their titles (read again, it starts anew). */
  noteDocument(document: string, sentences: readonly AnnotatedSentence[]): void {
    for (const ids of this.named.values()) ids.delete(document);
    for (const ids of this.namedByTitle.values()) ids.delete(document);
    for (const s of sentences)
      for (const m of s.mentions) {
        // Written as the holder's name, not itself a garble read as him.
        const written = m.resolution === 'exact' || m.resolution === 'alias';
        const h = m.kind === 'actor' && m.id && written ? this.byId.get(m.id) : undefined;
        if (h && titledBy(s.text, m, h.roles, true)) note(this.named, h.id, document);
        if (h && titledBy(s.text, m, h.titles, true)) note(this.namedByTitle, h.id, document);
      }
  }

  /** Each garbled unknown name, by document and id, to the listed holder it stands for. */
  garbles(candidates: readonly EventCandidate[], sameStory: SameStory): Map<string, string> {
    const all = [...this.byId.values()];
    const soleHolders = soleTitleHolders(all);
    const to = new Map<string, string>();
    for (const c of candidates)
      for (const m of c.sentence.mentions) {
        if (!m.id?.startsWith(UNKNOWN_PREFIX)) continue;
        const words = m.id.slice(UNKNOWN_PREFIX.length).split('-');
        if (words.length !== 2) continue;
        const namedInSister = (h: Holder) =>
          anyOf(this.named.get(h.id), (d) => d !== c.document && sameStory(d, c.document));
        // Under one of his titles, his given name or one a letter off: another report of the folder
        // that names him after a title backs it, though it shares few other names (a translation
        // days after a wire report), since a namesake would need the title and the given name both.
        const namedInFolder = (h: Holder) => anyOf(this.namedByTitle.get(h.id), (d) => d !== c.document);
        const holder =
          all.find(
            (h) =>
              // The cheap tests first: most holders are named in no other report.
              h.family !== words[1] &&
              namedInFolder(h) &&
              similarNames(h.given, words[0] as string) &&
              titledBy(c.sentence.text, m, h.titles, true),
          ) ??
          soleHolders.find(
            (h) => h.family !== words[1] && titledBy(c.sentence.text, m, h.soleRoles) && namedInSister(h),
          );
        if (holder) to.set(`${c.document}|${m.id}`, holder.id);
      }
    return to;
  }
}

/** The candidates with every garbled name replaced by the holder it stands for, titles too. */
export function joinTitledGarbles(
  candidates: EventCandidate[],
  holders: TitledHolders,
  actors: readonly ActorEntry[],
  sameStory: SameStory,
): EventCandidate[] {
  // "President Holland": a one-word name garbled at its ending, which no title need back.
  const to = new Map([
    ...garbledSurnames(candidates, actors, sameStory),
    ...holders.garbles(candidates, sameStory),
  ]);
  return swapGarbles(candidates, to, actors);
}
