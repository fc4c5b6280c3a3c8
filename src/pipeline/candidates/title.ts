import type { Mention } from '../types.ts';
import { figurePhrase, type PlacedFigure } from './figures.ts';
import type { ConceptEntry, KindEntry } from './lexicon.ts';
import type { Roles } from './roles.ts';

/** Concepts too generic to name what a title is about. */
const GENERIC = new Set(['export', 'price', 'protesters', 'police', 'news-conference', 'televised-address']);

/** Count nouns that make sense as the main figure of each kind. */
const KIND_NOUNS: Record<string, string[]> = {
  arrest: ['people', 'protesters', 'arrests'],
  death: ['people', 'protesters', 'police and soldiers', 'troops', 'workers'],
  injury: ['people', 'protesters', 'police and soldiers', 'troops', 'workers'],
  troops: ['troops'],
  protest: ['people', 'protesters', 'workers'],
  licence: ['licences'],
  evacuation: ['people'],
  disruption: ['homes', 'people'],
  disaster: ['people'],
};

/** Figures that can stand in a title of this kind, nearest the trigger first. */
export function titleFigures(kind: string, figures: PlacedFigure[], trigger: number): PlacedFigure[] {
  const nouns = KIND_NOUNS[kind] ?? [];
  return figures
    .filter((f) => nouns.includes(f.noun))
    .sort((a, b) => Math.abs(a.start - trigger) - Math.abs(b.start - trigger));
}

function phrase(f: PlacedFigure): string {
  return figurePhrase(f.noun === 'arrests' ? { ...f, noun: 'people' } : f);
}

export interface TitleInput {
  kind: KindEntry;
  roles: Roles;
  figures: PlacedFigure[];
  trigger: number;
  concepts: ConceptEntry[];
  name: (m: Mention) => string;
}

/** The first of the kind's templates whose slots can all be filled, with its slots filled, and its position. */
export function buildTitle(input: TitleInput): { title: string; rank: number } {
  const { kind, roles, concepts, name } = input;
  const figures = titleFigures(kind.kind, input.figures, input.trigger);
  const present = new Set(concepts.map((c) => c.id));
  const byPosition = [...figures].sort((a, b) => a.start - b.start);
  for (const [rank, template] of kind.titles.entries()) {
    if (template.if !== undefined && !present.has(template.if)) continue;
    if (template.also?.some((id) => !present.has(id))) continue;
    const object = template.if
      ? concepts.find((c) => c.id === template.if)?.noun
      : concepts.find((c) => !GENERIC.has(c.id))?.noun;
    const slots: Record<string, string | undefined> = {
      agent: roles.agent && name(roles.agent),
      patient: roles.patient && name(roles.patient),
      other: roles.other && name(roles.other),
      place: roles.place && name(roles.place),
      figure: figures[0] && phrase(figures[0]),
      figures: byPosition.length > 0 ? byPosition.map(phrase).join(', ') : undefined,
      object,
    };
    let complete = true;
    const title = template.text.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const value = slots[slot];
      if (!value) complete = false;
      return value ?? '';
    });
    if (complete) return { title: title.charAt(0).toUpperCase() + title.slice(1), rank };
  }
  return { title: kind.kind.charAt(0).toUpperCase() + kind.kind.slice(1), rank: kind.titles.length };
}
