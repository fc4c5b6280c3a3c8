import * as v from 'valibot';
import { PRECISIONS } from '../schema/events.ts';

/**
 * data/corrections.json: an editor's fixes to what the pipeline extracted, applied in order after each run,
 * keyed by event ids (stable across runs). data/corrections.schema.json is generated from this module
 * (npm run corrections:schema), so editors' tools can validate the file as they type.
 */

const text = (description: string) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.description(description));
const day = (description: string) =>
  v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DDThh:mm'),
    v.description(description),
  );
const eventId = text('Id of an event in public/events.json, e.g. "e-1a2b3c".');
const note = v.optional(text('Why the correction was made, for the next editor.'));
const precision = v.pipe(
  v.picklist(PRECISIONS, 'must be one of ' + PRECISIONS.join(', ')),
  v.description('How precisely the date is known.'),
);

export const NewPlaceSchema = v.pipe(
  v.object({
    id: text('New place id, e.g. "zhanaozen".'),
    name: text('Display name.'),
    kind: v.optional(text('city, region, country, landmark… (default "place").')),
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    country: v.optional(v.string()),
  }),
  v.description('A place not yet in the event file, given with its coordinates.'),
);

const placeRef = v.union([text('Id of a place in the event file.'), NewPlaceSchema]);

export const NewActorSchema = v.object({
  id: text('New actor id.'),
  name: text('Display name.'),
  kind: v.optional(text('person, organisation, country… (default "actor").')),
});
const actorRef = v.union([text('Id of an actor in the event file.'), NewActorSchema]);

/** A sentence of an article already in the event file: found by its text in the named paragraph. */
export const CitedSourceSchema = v.object({
  document: text('Document id (the article file name without extension).'),
  paragraph: text('Paragraph id within the document.'),
  sentence: text('The cited text, exactly as it appears in the paragraph.'),
});

/** A source outside the articles folder: becomes a document of its own holding the quoted text. */
export const ExternalSourceSchema = v.object({
  url: v.optional(v.string()),
  title: text('Title of the article or document.'),
  publisher: v.optional(v.string()),
  published: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  language: text('Language code, e.g. "en", "nl", "de".'),
  quote: text('The sentence or passage that reports the event.'),
});

export const SourceRefSchema = v.union([CitedSourceSchema, ExternalSourceSchema]);

/** Names sources of an event to move: every source of `document` (and `paragraph`, containing `sentence`) matches. */
export const SourceSelectorSchema = v.object({
  document: text('Document id of the sources to move.'),
  paragraph: v.optional(v.string()),
  sentence: v.optional(v.pipe(v.string(), v.description('Part of the cited sentence.'))),
});

export const DateFixSchema = v.object({
  start: v.optional(day('First day (or minute) the event may have happened.')),
  end: v.optional(day('Last day; defaults to start.')),
  precision: v.optional(precision),
  value: v.optional(
    v.pipe(v.string(), v.description('TIMEX3 value; derived from start and precision if left out.')),
  ),
  text: v.optional(v.pipe(v.string(), v.description('The date as the source wrote it.'))),
});

export const RenameSchema = v.object({
  kind: v.literal('rename'),
  event: eventId,
  title: text('New title.'),
  note,
});
export const RedateSchema = v.object({
  kind: v.literal('date'),
  event: eventId,
  ...DateFixSchema.entries,
  note,
});
export const MoveSchema = v.object({
  kind: v.literal('move'),
  event: eventId,
  places: v.pipe(v.array(placeRef), v.description('The event’s places, replacing the extracted ones.')),
  note,
});
export const MergeSchema = v.object({
  kind: v.literal('merge'),
  events: v.pipe(v.array(eventId), v.minLength(2, 'must name at least two events')),
  into: v.optional(v.pipe(eventId, v.description('Which event survives (default: the first listed).'))),
  title: v.optional(text('Title of the merged event.')),
  note,
});
export const SplitSchema = v.object({
  kind: v.literal('split'),
  event: eventId,
  sources: v.pipe(v.array(SourceSelectorSchema), v.minLength(1, 'must name at least one source')),
  id: v.optional(text('Id of the new event (default: derived from the event id and the moved sentences).')),
  title: text('Title of the new event.'),
  when: v.optional(DateFixSchema),
  places: v.optional(v.array(placeRef)),
  actors: v.optional(v.array(actorRef)),
  note,
});
export const HideSchema = v.object({ kind: v.literal('hide'), event: eventId, note });
export const AddSchema = v.object({
  kind: v.literal('add'),
  id: text('Id of the new event, e.g. "manual-curfew-almaty".'),
  title: text('Title.'),
  summary: v.optional(v.string()),
  type: v.optional(v.pipe(v.string(), v.description('Kind of happening: arrest, protest, order…'))),
  when: v.object({
    start: day('First day (or minute).'),
    end: v.optional(day('Last day; defaults to start.')),
    precision,
    value: v.optional(v.string()),
    text: v.optional(v.string()),
  }),
  places: v.optional(v.array(placeRef)),
  actors: v.optional(v.array(actorRef)),
  sources: v.pipe(v.array(SourceRefSchema), v.minLength(1, 'must cite at least one source')),
  note,
});

export const CorrectionSchema = v.variant(
  'kind',
  [RenameSchema, RedateSchema, MoveSchema, MergeSchema, SplitSchema, HideSchema, AddSchema],
  'kind must be one of rename, date, move, merge, split, hide, add',
);

export const CorrectionsFileSchema = v.object({
  $schema: v.optional(v.string()),
  $comment: v.optional(v.union([v.string(), v.array(v.string())])),
  corrections: v.array(v.unknown()),
});

export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type CorrectionKind = Correction['kind'];
export type NewPlace = v.InferOutput<typeof NewPlaceSchema>;
export type NewActor = v.InferOutput<typeof NewActorSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type SourceSelector = v.InferOutput<typeof SourceSelectorSchema>;
export type DateFix = v.InferOutput<typeof DateFixSchema>;

/** The whole file with every correction typed: what the generated JSON Schema describes. */
export const CorrectionsJsonSchema = v.object({
  $schema: v.optional(v.string()),
  $comment: v.optional(v.union([v.string(), v.array(v.string())])),
  corrections: v.array(CorrectionSchema),
});
