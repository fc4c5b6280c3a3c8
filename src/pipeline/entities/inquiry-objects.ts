/**
 * What an inquiry looks into: "an investigation into Delta", "a probe into Shell", "een
 * onderzoek naar Shell". The name after such a noun and "into"/"naar" is whoever is
 * investigated, not a place moved into, though "into" and "naar" otherwise put a place after them.
 */
import type { Token } from './text.ts';

const INQUIRIES: Record<string, { link: string; nouns: ReadonlySet<string> }> = {
  en: {
    link: 'into',
    nouns: new Set(
      'investigation investigations inquiry inquiries enquiry enquiries probe probes research review audit study look'.split(
        ' ',
      ),
    ),
  },
  nl: { link: 'naar', nouns: new Set('onderzoek onderzoeken vooronderzoek'.split(' ')) },
};

/** The name at token `i` follows an inquiry noun and its "into"/"naar". */
export function isInquiryObject(tokens: Token[], text: string, i: number, language: string): boolean {
  const inquiry = INQUIRIES[language];
  const link = tokens[i - 1];
  if (!inquiry || link?.norm !== inquiry.link) return false;
  const noun = tokens[i - 2];
  const name = tokens[i] as Token;
  return (
    noun !== undefined &&
    inquiry.nouns.has(noun.norm) &&
    /^\s+$/.test(text.slice(noun.end, link.start)) &&
    /^\s+$/.test(text.slice(link.end, name.start))
  );
}
