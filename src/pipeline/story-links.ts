/**
 * Which documents of a folder tell the same story, for the merge. Reports of one kind on one day
 * are more likely one happening when their documents tell one story than when a folder holds two:
 * "Das Feuer war am Montagabend im Dachstuhl ausgebrochen" and "Officials said the blaze was
 * probably accidental" name nothing in common, but their articles share the cathedral, the
 * president and the figures. One story: a quarter of either document's fingerprint (figures and
 * names, see fingerprint.ts) is in the other.
 */
import { germanNameFactor } from './sisters.ts';

export type SameStory = (a: string, b: string) => boolean;

/**
 * Share of a document's fingerprint the other must hold. Lower than sisters.ts asks of an undated
 * report's source (a third, weighed by rarity): here every feature weighs alike, since the names
 * all reports of one story share (the cathedral, the president) are what tells it, and a short
 * report shares a few of them only. On seven-report stories of a fire, a stranded ship and an
 * earthquake, reports of one story shared a quarter or more; reports of two stories rarely share
 * more than a tenth.
 */
const STORY_SHARE = 0.25;

interface Print {
  /** Feature numbers, ascending. */
  features: Int32Array;
  german: boolean;
}

export class StoryLinks {
  private readonly prints = new Map<string, Print>();
  /** Each distinct feature's number: a corpus repeats its names, and numbers are held in four bytes. */
  private readonly numbers = new Map<string, number>();
  private readonly names: boolean[] = [];
  /** How many documents hold each feature, and how many of them are not German. */
  private readonly held: number[] = [];
  private readonly heldOutsideGerman: number[] = [];
  private multilingual = false;
  private readonly known = new Map<string, boolean>();

  /** Adds a document by its fingerprint (fingerprint.ts); every document is added before `same` is asked. */
  add(id: string, language: string, print: ReadonlySet<string>): void {
    const german = language === 'de';
    if (!german) this.multilingual = true;
    const features: number[] = [];
    for (const f of print) {
      let n = this.numbers.get(f);
      if (n === undefined) {
        n = this.numbers.size;
        this.numbers.set(f, n);
        this.names.push(f.startsWith('w:'));
        this.held.push(0);
        this.heldOutsideGerman.push(0);
      }
      features.push(n);
      this.held[n] = (this.held[n] ?? 0) + 1;
      if (!german) this.heldOutsideGerman[n] = (this.heldOutsideGerman[n] ?? 0) + 1;
    }
    this.prints.set(id, { features: Int32Array.from(features).sort(), german });
  }

  /** A figure weighs twice a name; a German report's capitalised words less (germanNameFactor). */
  private weight(n: number, german: boolean): number {
    if (!this.names[n]) return 2;
    return germanNameFactor(
      german,
      this.held[n] ?? 0,
      () => this.multilingual && this.heldOutsideGerman[n] === 0,
    );
  }

  /** Share of `a`'s weighted fingerprint that `b` holds too (both ascending: one merge-like walk). */
  private share(a: Print, b: Print): number {
    let total = 0;
    let shared = 0;
    let j = 0;
    for (let i = 0; i < a.features.length; i++) {
      const n = a.features[i] as number;
      const w = this.weight(n, a.german);
      total += w;
      while (j < b.features.length && (b.features[j] as number) < n) j++;
      if (b.features[j] === n) shared += w;
    }
    return total > 0 ? shared / total : 0;
  }

  /** Whether documents `a` and `b` tell the same story, as either of them sees it. */
  readonly same: SameStory = (a, b) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let found = this.known.get(key);
    if (found === undefined) {
      const pa = this.prints.get(a);
      const pb = this.prints.get(b);
      found =
        pa !== undefined &&
        pb !== undefined &&
        (this.share(pa, pb) >= STORY_SHARE || this.share(pb, pa) >= STORY_SHARE);
      this.known.set(key, found);
    }
    return found;
  };
}
