/** One kind of data/event-lexicon.json, with its title templates and what the merge knows of it. */
import { fail, record, stringList, text, textRecord } from './lexicon-fields.ts';
import type { KindEntry, TitleTemplate } from './lexicon.ts';

export function parseKind(k: unknown, i: number): KindEntry {
  const r = record(k, `kinds[${i}]`);
  if (!Array.isArray(r.titles) || r.titles.length === 0)
    fail(`kinds[${i}].titles`, 'must be a non-empty list');
  return {
    kind: text(r.kind, `kinds[${i}].kind`),
    titles: r.titles.map((t, j) => {
      const tr = record(t, `kinds[${i}].titles[${j}]`);
      const tt: TitleTemplate = { text: text(tr.text, `kinds[${i}].titles[${j}].text`) };
      if (Array.isArray(tr.if)) {
        const [first, ...rest] = stringList(tr.if, `kinds[${i}].titles[${j}].if`);
        if (first !== undefined) tt.if = first;
        if (rest.length > 0) tt.also = rest;
      } else if (tr.if !== undefined) tt.if = text(tr.if, `kinds[${i}].titles[${j}].if`);
      if (tr.deadly !== undefined) tt.deadly = text(tr.deadly, `kinds[${i}].titles[${j}].deadly`);
      if (tr.fatal !== undefined) tt.fatal = text(tr.fatal, `kinds[${i}].titles[${j}].fatal`);
      if (tr.one === true) tt.one = true;
      if (tr.single === true) tt.single = true;
      if (tr.heard === true) tt.heard = true;
      if (tr.tried !== undefined) tt.tried = text(tr.tried, `kinds[${i}].titles[${j}].tried`);
      return tt;
    }),
    ownFigure: r.ownFigure === true,
    patientKind: r.patientKind === true,
    ...(r.announces === true ? { announces: true } : {}),
    ...(r.callsFor === true ? { callsFor: true } : {}),
    ...(r.recalls !== undefined ? { recalls: stringList(r.recalls, `kinds[${i}].recalls`) } : {}),
    ...(r.scene !== undefined ? { scene: stringList(r.scene, `kinds[${i}].scene`) } : {}),
    ...(r.rare === true ? { rare: true } : {}),
    ...(r.placed === true ? { placed: true } : {}),
    ...(r.far === true ? { far: true } : {}),
    ...(r.byAgent === true ? { byAgent: true } : {}),
    ...(r.destination === true ? { destination: true } : {}),
    ...(r.seizesPlace === true ? { seizesPlace: true } : {}),
    ...(r.aimed === true ? { aimed: true } : {}),
    ...(r.sameAs !== undefined ? { sameAs: text(r.sameAs, `kinds[${i}].sameAs`) } : {}),
    ...(r.meets !== undefined ? { meets: text(r.meets, `kinds[${i}].meets`) } : {}),
    ...(r.meetsIf !== undefined ? { meetsIf: textRecord(r.meetsIf, `kinds[${i}].meetsIf`) } : {}),
    ...(r.meetsNamed !== undefined ? { meetsNamed: text(r.meetsNamed, `kinds[${i}].meetsNamed`) } : {}),
    ...(r.apartIf !== undefined ? { apartIf: stringList(r.apartIf, `kinds[${i}].apartIf`) } : {}),
    ...(r.rareIf !== undefined ? { rareIf: stringList(r.rareIf, `kinds[${i}].rareIf`) } : {}),
    ...(r.figureNouns !== undefined
      ? { figureNouns: stringList(r.figureNouns, `kinds[${i}].figureNouns`) }
      : {}),
    ...(r.tallied === true ? { tallied: true } : {}),
    ...(r.runs === true ? { runs: true } : {}),
    ...(r.countsOn === true ? { countsOn: true } : {}),
    ...(r.recurs === true ? { recurs: true } : {}),
    ...(r.moment === true ? { moment: true } : {}),
    ...(r.inForce === true ? { inForce: true } : {}),
    ...(r.grievance === true ? { grievance: true } : {}),
    ...(r.answers === true ? { answers: true } : {}),
    ...(r.wholeDay === true ? { wholeDay: true } : {}),
    ...(r.once === true ? { once: true } : {}),
    ...(r.noScene === true ? { noScene: true } : {}),
    ...(r.inAgentCountry === true ? { inAgentCountry: true } : {}),
    ...(r.sends !== undefined ? { sends: text(r.sends, `kinds[${i}].sends`) } : {}),
  };
}
