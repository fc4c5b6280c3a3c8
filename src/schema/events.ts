import * as v from 'valibot';

/**
 * The event file contract, shared by the pipeline (which writes it) and the app (which reads it).
 * Field names of the contract are fixed; optional fields may be added, never renamed.
 */

export const SCHEMA_VERSION = 1;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoDayOrMinute = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

export const PRECISIONS = [
  'time',
  'part-of-day',
  'day',
  'week',
  'month',
  'year',
  'before-publication',
] as const;
export const PrecisionSchema = v.picklist(PRECISIONS, 'must be one of ' + PRECISIONS.join(', '));

export const PublishedSchema = v.object({
  date: v.pipe(v.string(), v.regex(isoDay, 'must be YYYY-MM-DD')),
  precision: v.picklist(['day', 'month'], 'must be day or month'),
  inferred: v.boolean(),
  reason: v.optional(v.string()),
});

export const ParagraphSchema = v.object({ id: nonEmpty, text: v.string() });

export const DocumentSchema = v.object({
  id: nonEmpty,
  file: nonEmpty,
  title: v.string(),
  language: nonEmpty,
  publisher: v.optional(v.string()),
  url: v.optional(v.string()),
  published: PublishedSchema,
  paragraphs: v.array(ParagraphSchema),
});

export const WhenSchema = v.object({
  start: v.pipe(v.string(), v.regex(isoDayOrMinute, 'must be YYYY-MM-DD or YYYY-MM-DDThh:mm')),
  end: v.pipe(v.string(), v.regex(isoDayOrMinute, 'must be YYYY-MM-DD or YYYY-MM-DDThh:mm')),
  precision: PrecisionSchema,
  value: v.string(),
  text: v.optional(v.string()),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

/** A name as written in a source, with what it was resolved to and how. */
export const MentionSchema = v.object({
  text: nonEmpty,
  start: v.pipe(v.number(), v.integer()),
  end: v.pipe(v.number(), v.integer()),
  kind: v.picklist(['place', 'actor', 'unknown']),
  id: v.optional(v.string()),
  resolution: v.picklist(['exact', 'alias', 'fuzzy', 'context', 'unresolved']),
});

/** A cited sentence: `start`/`end` are offsets of `sentence` in the paragraph's text. */
export const SourceSchema = v.object({
  document: nonEmpty,
  paragraph: nonEmpty,
  sentence: nonEmpty,
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mentions: v.optional(v.array(MentionSchema)),
});

export const FigureSchema = v.object({
  value: v.number(),
  /** What the number counts, in English: "people arrested", "troops", "euros". */
  counts: v.string(),
  /** The figure as written: "more than 3,000", "drieduizend". */
  text: v.string(),
  qualifier: v.optional(v.picklist(['exact', 'more-than', 'at-least', 'about', 'up-to', 'less-than'])),
  /** A percentage's unit: a share ("4.25%") or a change of one ("0.25 percentage points"); none for a count. */
  unit: v.optional(v.picklist(['percent', 'percentage points'])),
});

export const ConflictSchema = v.object({
  field: nonEmpty,
  values: v.array(
    v.object({
      value: v.union([v.string(), v.number()]),
      /**
       * The earliest day a source gave this value: the day its sentence dates the count to, else its
       * document's publication day. Absent where only a month is known.
       */
      reported: v.optional(v.pipe(v.string(), v.regex(isoDay, 'must be YYYY-MM-DD'))),
      sources: v.array(SourceSchema),
    }),
  ),
});

export const EventSchema = v.object({
  id: nonEmpty,
  title: nonEmpty,
  summary: v.optional(v.string()),
  /** Kind of happening: arrest, death, protest, troops, order, statement, ban, dismissal, price, shooting… */
  kind: v.optional(v.string()),
  when: WhenSchema,
  places: v.array(v.string()),
  actors: v.array(v.string()),
  figures: v.array(FigureSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'must cite at least one source')),
  conflicts: v.array(ConflictSchema),
  /** Set when an editor changed the event by hand: the kinds of correction applied. */
  edited: v.optional(v.array(v.string())),
});

export const PlaceSchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  names: v.object({ en: v.optional(v.string()), nl: v.optional(v.string()), de: v.optional(v.string()) }),
  kind: nonEmpty,
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  country: v.optional(v.string()),
});

export const ActorSchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  kind: nonEmpty,
  aliases: v.array(v.string()),
});

export const EventFileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
  documents: v.array(DocumentSchema),
  events: v.array(EventSchema),
  places: v.array(PlaceSchema),
  actors: v.array(ActorSchema),
});

export type Precision = v.InferOutput<typeof PrecisionSchema>;
export type Published = v.InferOutput<typeof PublishedSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type ChronologyDocument = v.InferOutput<typeof DocumentSchema>;
export type When = v.InferOutput<typeof WhenSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Conflict = v.InferOutput<typeof ConflictSchema>;
export type ChronologyEvent = v.InferOutput<typeof EventSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type EventFile = v.InferOutput<typeof EventFileSchema>;
