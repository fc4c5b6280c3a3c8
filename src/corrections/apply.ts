import * as v from 'valibot';
import type { ChronologyEvent, EventFile, Source } from '../schema/events.ts';
import {
  CorrectionSchema,
  CorrectionsFileSchema,
  type Correction,
  type CorrectionKind,
  type NewActor,
  type NewPlace,
  type SourceRef,
  type SourceSelector,
} from './schema.ts';
import { fixWhen } from './when.ts';

/** A correction that cannot be applied; the message is completed with the file and index. */
class Problem extends Error {}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
}

/** FNV-1a: ids of split events and external documents derive from their content, so they stay stable. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const unique = <T>(items: T[], key: (item: T) => string = String): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};
const sourceKey = (s: Source): string => `${s.document}\n${s.paragraph}\n${s.start}\n${s.end}`;

/** The event file being corrected, one correction at a time. */
class Editor {
  constructor(readonly file: EventFile) {}

  event(id: string): ChronologyEvent {
    const event = this.file.events.find((e) => e.id === id);
    if (!event) throw new Problem(`event ${id} no longer exists`);
    return event;
  }

  mark(event: ChronologyEvent, kind: CorrectionKind): void {
    event.edited = unique([...(event.edited ?? []), kind]);
  }

  remove(id: string): void {
    this.file.events = this.file.events.filter((e) => e.id !== id);
  }

  freeId(id: string): string {
    if (this.file.events.some((e) => e.id === id)) throw new Problem(`an event with id ${id} already exists`);
    return id;
  }

  place(ref: string | NewPlace): string {
    if (typeof ref === 'string') {
      if (!this.file.places.some((p) => p.id === ref)) {
        throw new Problem(`place ${ref} is not in the event file; give it as {"id", "name", "lat", "lon"}`);
      }
      return ref;
    }
    if (!this.file.places.some((p) => p.id === ref.id)) {
      const { kind = 'place', ...rest } = ref;
      this.file.places.push({ ...rest, kind, names: { en: ref.name } });
    }
    return ref.id;
  }

  actor(ref: string | NewActor): string {
    if (typeof ref === 'string') {
      if (!this.file.actors.some((a) => a.id === ref)) {
        throw new Problem(`actor ${ref} is not in the event file; give it as {"id", "name"}`);
      }
      return ref;
    }
    if (!this.file.actors.some((a) => a.id === ref.id)) {
      this.file.actors.push({ id: ref.id, name: ref.name, kind: ref.kind ?? 'actor', aliases: [] });
    }
    return ref.id;
  }

  /** A cited sentence must really be in its paragraph; an external quote becomes a document of its own. */
  source(ref: SourceRef): Source {
    if ('document' in ref) {
      const doc = this.file.documents.find((d) => d.id === ref.document);
      if (!doc) throw new Problem(`document ${ref.document} does not exist`);
      const paragraph = doc.paragraphs.find((p) => p.id === ref.paragraph);
      if (!paragraph) throw new Problem(`document ${ref.document} has no paragraph ${ref.paragraph}`);
      const start = paragraph.text.indexOf(ref.sentence);
      if (start < 0)
        throw new Problem(`paragraph ${ref.paragraph} of ${ref.document} does not contain "${ref.sentence}"`);
      return {
        document: doc.id,
        paragraph: paragraph.id,
        sentence: ref.sentence,
        start,
        end: start + ref.sentence.length,
      };
    }
    const id = `manual-${hash(`${ref.title}\n${ref.quote}`)}`;
    if (!this.file.documents.some((d) => d.id === id)) {
      this.file.documents.push({
        id,
        file: ref.url ?? 'data/corrections.json',
        title: ref.title,
        language: ref.language,
        ...(ref.publisher ? { publisher: ref.publisher } : {}),
        ...(ref.url ? { url: ref.url } : {}),
        published: { date: ref.published, precision: 'day', inferred: false },
        paragraphs: [{ id: 'p1', text: ref.quote }],
      });
    }
    return { document: id, paragraph: 'p1', sentence: ref.quote, start: 0, end: ref.quote.length };
  }

  apply(correction: Correction): void {
    switch (correction.kind) {
      case 'rename': {
        const event = this.event(correction.event);
        event.title = correction.title;
        return this.mark(event, 'rename');
      }
      case 'date': {
        const event = this.event(correction.event);
        event.when = fixWhen(event.when, correction);
        if (event.when.end < event.when.start)
          throw new Problem(`end ${event.when.end} is before start ${event.when.start}`);
        return this.mark(event, 'date');
      }
      case 'move': {
        const event = this.event(correction.event);
        event.places = unique(correction.places.map((p) => this.place(p)));
        return this.mark(event, 'move');
      }
      case 'hide':
        this.event(correction.event);
        return this.remove(correction.event);
      case 'merge':
        return this.merge(correction);
      case 'split':
        return this.split(correction);
      case 'add':
        return this.add(correction);
    }
  }

  private merge(correction: Extract<Correction, { kind: 'merge' }>): void {
    const named = correction.events.map((id) => this.event(id));
    const intoId = correction.into ?? correction.events[0];
    const into = named.find((e) => e.id === intoId);
    if (!into) throw new Problem(`"into" (${intoId}) must be one of the merged events`);
    const events = [into, ...named.filter((e) => e !== into)];
    into.sources = unique(
      events.flatMap((e) => e.sources),
      sourceKey,
    );
    into.places = unique(events.flatMap((e) => e.places));
    into.actors = unique(events.flatMap((e) => e.actors));
    into.figures = unique(
      events.flatMap((e) => e.figures),
      (f) => JSON.stringify(f),
    );
    into.conflicts = events.flatMap((e) => e.conflicts);
    into.edited = unique(events.flatMap((e) => e.edited ?? []));
    if (correction.title) into.title = correction.title;
    for (const event of events) if (event !== into) this.remove(event.id);
    this.mark(into, 'merge');
  }

  private split(correction: Extract<Correction, { kind: 'split' }>): void {
    const event = this.event(correction.event);
    const matches = (source: Source, selector: SourceSelector): boolean =>
      source.document === selector.document &&
      (!selector.paragraph || source.paragraph === selector.paragraph) &&
      (!selector.sentence || source.sentence.includes(selector.sentence));
    for (const [j, selector] of correction.sources.entries()) {
      if (!event.sources.some((s) => matches(s, selector))) {
        throw new Problem(`sources[${j}] matches no source of event ${event.id}`);
      }
    }
    const moved = event.sources.filter((s) => correction.sources.some((selector) => matches(s, selector)));
    if (moved.length === event.sources.length) {
      throw new Problem(
        `splitting would leave event ${event.id} without a source; use "date" or "rename" instead`,
      );
    }
    const id = this.freeId(correction.id ?? `${event.id}-${hash(moved.map(sourceKey).join('\n'))}`);
    const places = correction.places ? correction.places.map((p) => this.place(p)) : event.places;
    const actors = correction.actors ? correction.actors.map((a) => this.actor(a)) : event.actors;
    event.sources = event.sources.filter((s) => !moved.includes(s));
    this.mark(event, 'split');
    this.file.events.push({
      id,
      title: correction.title,
      ...(event.kind ? { kind: event.kind } : {}),
      when: correction.when ? fixWhen(event.when, correction.when) : { ...event.when },
      places: unique(places),
      actors: unique(actors),
      figures: [],
      sources: moved,
      conflicts: [],
      edited: ['split'],
    });
  }

  private add(correction: Extract<Correction, { kind: 'add' }>): void {
    const id = this.freeId(correction.id);
    const { start, end = start, precision, value, text } = correction.when;
    if (end < start) throw new Problem(`when.end ${end} is before when.start ${start}`);
    this.file.events.push({
      id,
      title: correction.title,
      ...(correction.summary ? { summary: correction.summary } : {}),
      ...(correction.type ? { kind: correction.type } : {}),
      when: fixWhen(
        { start, end, precision, value: value ?? '', confidence: 1 },
        { start, end, precision, value, text },
      ),
      places: unique((correction.places ?? []).map((p) => this.place(p))),
      actors: unique((correction.actors ?? []).map((a) => this.actor(a))),
      figures: [],
      sources: unique(
        correction.sources.map((s) => this.source(s)),
        sourceKey,
      ),
      conflicts: [],
      edited: ['add'],
    });
  }
}

/**
 * Applies an editor's corrections (the parsed data/corrections.json; `source` names it in messages) to
 * a copy of the event file, in order. A correction that is malformed or names an event that no longer
 * exists is skipped and reported in `problems` ("data/corrections.json: corrections[2]: event e-1a2b3c no
 * longer exists"); the others still apply. Changed events list the kinds of correction in `edited`; new
 * events, places, actors and documents are appended (the pipeline sorts the file when it assembles it).
 */
export function applyCorrections(
  file: EventFile,
  corrections: unknown,
  source: string,
): { file: EventFile; problems: string[] } {
  const problems: string[] = [];
  const top = v.safeParse(CorrectionsFileSchema, corrections);
  if (!top.success) {
    const issue = top.issues[0];
    return {
      file,
      problems: [`${source}: ${issuePath(issue).replace(/^\./, '') || '(root)'}: ${issue.message}`],
    };
  }
  const editor = new Editor(structuredClone(file));
  for (const [i, raw] of top.output.corrections.entries()) {
    const at = `${source}: corrections[${i}]`;
    const parsed = v.safeParse(CorrectionSchema, raw);
    if (!parsed.success) {
      problems.push(`${at}${issuePath(parsed.issues[0])}: ${parsed.issues[0].message}`);
      continue;
    }
    const before = structuredClone(editor.file);
    try {
      editor.apply(parsed.output);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      Object.assign(editor.file, before);
      problems.push(`${at}: ${error.message}`);
    }
  }
  return { file: editor.file, problems };
}
