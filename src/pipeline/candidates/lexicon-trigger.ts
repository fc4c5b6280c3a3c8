/** One trigger of data/event-lexicon.json, checked against the kinds the lexicon defines. */
import { fail, record, stringList, text } from './lexicon-fields.ts';
import type { TriggerEntry } from './lexicon.ts';

export function parseTrigger(t: unknown, i: number, known: ReadonlySet<string>): TriggerEntry {
  const r = record(t, `triggers[${i}]`);
  const kind = text(r.kind, `triggers[${i}].kind`);
  if (!known.has(kind)) fail(`triggers[${i}].kind`, `unknown kind "${kind}" (not in kinds)`);
  const entry: TriggerEntry = {
    lang: text(r.lang, `triggers[${i}].lang`),
    kind,
    pattern: text(r.pattern, `triggers[${i}].pattern`),
  };
  if (r.requires !== undefined) entry.requires = stringList(r.requires, `triggers[${i}].requires`);
  if (r.unless !== undefined) entry.unless = stringList(r.unless, `triggers[${i}].unless`);
  if (r.unlessInArticle !== undefined)
    entry.unlessInArticle = stringList(r.unlessInArticle, `triggers[${i}].unlessInArticle`);
  if (r.weak === true) entry.weak = true;
  if (r.person === true) entry.person = true;
  if (r.firms === true) entry.firms = true;
  if (r.after !== undefined) {
    entry.after = text(r.after, `triggers[${i}].after`);
    if (!known.has(entry.after)) fail(`triggers[${i}].after`, `unknown kind "${entry.after}" (not in kinds)`);
  }
  if (r.patientOf === true) entry.patientOf = true;
  if (r.self === true) entry.self = true;
  if (r.held === true) entry.held = true;
  if (r.onlyTried === true) entry.onlyTried = true;
  if (r.entry === true) entry.entry = true;
  if (r.about === true) entry.about = true;
  if (r.title !== undefined) entry.title = text(r.title, `triggers[${i}].title`);
  return entry;
}
