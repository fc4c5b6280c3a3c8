/**
 * "Koning Willem-Alexander en koningin Máxima, premier Rutte en honderden nabestaanden zijn bij de
 * aankomst aanwezig. Om 16.00 uur wordt in het hele land een minuut stilte gehouden.": a report
 * about a plane downed over Ukraine speaks here of the Netherlands. Where the paragraph so far names
 * office holders or bodies of one other country, at least two of them, and nothing of the country
 * the report names most, its "het hele land" is theirs.
 */
import type { Mention } from '../types.ts';

/** Fewer of one country's actors may be a foreign visitor's paragraph ("Putin sent troops to the country"). */
const MIN_ACTORS = 2;

export class ParagraphCountry {
  private paragraph: string | undefined;
  /** Place ids of the countries the paragraph's actors serve, with each one's actor ids. */
  private actors = new Map<string, Set<string>>();
  private namesMain = false;

  constructor(
    private readonly main: Mention | undefined,
    /** The place id of the country an actor serves. */
    private readonly countryOf: (m: Mention) => string | undefined,
    /** The mention names the main country or a place in it. */
    private readonly inMain: (m: Mention) => boolean,
  ) {}

  /** The country "the whole country" of a sentence with these mentions stands for. */
  of(paragraph: string, mentions: readonly Mention[]): Mention | undefined {
    if (paragraph !== this.paragraph) {
      this.paragraph = paragraph;
      this.actors = new Map();
      this.namesMain = false;
    }
    for (const m of mentions) {
      if (m.kind === 'place' && this.inMain(m)) this.namesMain = true;
      const country = m.kind === 'actor' && m.id !== undefined ? this.countryOf(m) : undefined;
      if (country === undefined || m.id === undefined) continue;
      const ids = this.actors.get(country) ?? new Set<string>();
      ids.add(m.id);
      this.actors.set(country, ids);
    }
    if (this.namesMain || this.actors.size !== 1) return this.main;
    const [[country, ids]] = [...this.actors] as [[string, Set<string>]];
    if (country === this.main?.id || ids.size < MIN_ACTORS) return this.main;
    return { kind: 'place', id: country, text: country, start: 0, end: 0, resolution: 'context' };
  }
}
