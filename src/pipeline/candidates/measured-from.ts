/**
 * "The shooting came three days after a gunman killed 50 people at two mosques in Christchurch",
 * "Die Tat ereignete sich drei Tage nach dem Anschlag auf zwei Moscheen": the sentence's subject is
 * the story's happening named again, measured from another one. It reports nothing of its own, and
 * the places and times of the sentence are the other happening's.
 */
import type { TriggerHit } from './happenings.ts';

/** The subject opens the sentence: an article and at most one word before it ("The deadly attack"). */
const OPENING_SUBJECT = /^\s*(?:the|de|het|der|die|das)\s+(?:\p{L}+\s+)?$/iu;

/** A verb of coming about, a few words (the span: "three days"), then "after"/"before". */
const MEASURED =
  /^\s+(?:came|happened|occurred|took\s+place|ereignete|geschah|kam|gebeurde|kwam|vond)\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:after|before|nach|vor|na|voor)\s/iu;

/** The hits less a subject measured from another happening, where another hit remains. */
export function withoutMeasuredFrom(hits: TriggerHit[], text: string): TriggerHit[] {
  const measured = (h: TriggerHit): boolean =>
    OPENING_SUBJECT.test(text.slice(0, h.start)) && MEASURED.test(text.slice(h.end, h.end + 60));
  const kept = hits.filter((h) => !measured(h));
  return kept.length > 0 && kept.length < hits.length ? kept : hits;
}
