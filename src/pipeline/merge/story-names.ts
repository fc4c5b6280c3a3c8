/**
 * What the name joins across a story's reports share: the documents each name is written in, and
 * the one full name told beside a short form (a lone family name, an acronym) in related reports.
 */

/** Notes that `id` is written in `document`. */
export function writtenIn(map: Map<string, Set<string>>, id: string, document: string): void {
  let documents = map.get(id);
  if (!documents) map.set(id, (documents = new Set()));
  documents.add(document);
}

/**
 * The id of the one full name of `names` written in a report `related` to one of `documents`, or
 * undefined where there is none or more than one (two people of one family name, two names of
 * the same initials: the short form is neither).
 */
export function soleRelated(
  names: ReadonlyMap<string, ReadonlySet<string>> | undefined,
  documents: ReadonlySet<string>,
  related: (written: string, document: string) => boolean,
): string | undefined {
  if (!names) return undefined;
  let sole: string | undefined;
  for (const [id, written] of names) {
    if (![...written].some((w) => [...documents].some((d) => related(w, d)))) continue;
    if (sole !== undefined) return undefined;
    sole = id;
  }
  return sole;
}
