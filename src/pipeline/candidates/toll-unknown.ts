/**
 * "Eine Woche nach dem Sturm ist die Zahl der Todesopfer weiter unklar", "the death toll is still
 * unknown", "het dodental is nog onduidelijk": a sentence that names the tally of the dead and
 * gives no count of its own tells how the count stands: it reports no deaths, and so neither
 * stands as an event of its own nor dates the deaths that other reports tell.
 */
const TOLL_NOUN =
  /(?<![\p{L}])(?:death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims)|dodental|dodenaantal|aantal\s+(?:doden|slachtoffers)|todeszahl|totenzahl|opferzahl|zahl\s+der\s+(?:toten|todesopfer|opfer))(?![\p{L}])/iu;

/** Whether the sentence names the tally of the dead and gives it no count (`counted`: its figures). */
export function tollWithoutCount(text: string, counted: number): boolean {
  return counted === 0 && TOLL_NOUN.test(text);
}
