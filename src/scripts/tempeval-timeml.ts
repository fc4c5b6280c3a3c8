/** Reads a TimeML (.tml) document: its creation time, plain text and gold TIMEX3 spans. */

export interface GoldTimex {
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const attribute = (tag: string, name: string): string =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

export function parseTimeML(xml: string): TimeMLDocument | null {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (!dctTag || body === undefined) return null;
  const dct = attribute(dctTag, 'value').slice(0, 10);
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; tag: string } | null = null;
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);|[^<&]+|&/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[2]) {
      if (m[2] === 'TIMEX3' && !m[1]) open = { start: text.length, tag: m[0] };
      else if (m[2] === 'TIMEX3' && m[1] && open) {
        timexes.push({
          text: text.slice(open.start),
          start: open.start,
          end: text.length,
          type: attribute(open.tag, 'type'),
          value: attribute(open.tag, 'value'),
        });
        open = null;
      }
    } else if (m[4]) text += ENTITIES[m[4]];
    else text += m[0];
  }
  for (const t of timexes) t.text = text.slice(t.start, t.end);
  return { dct, text, timexes };
}
