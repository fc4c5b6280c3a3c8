/**
 * The piece cut after every match of `at` (a global pattern); with `cuts`, only after the matches
 * for which it holds, given the text since the last cut up to the match and the text after it.
 */
export function cutAfter(
  piece: string,
  at: RegExp,
  cuts?: (before: string, after: string) => boolean,
): string[] {
  const out: string[] = [];
  let from = 0;
  // exec on the pattern itself: matchAll would copy it for every piece of every paragraph.
  at.lastIndex = 0;
  for (let m = at.exec(piece); m !== null; m = at.exec(piece)) {
    const cut = m.index + m[0].length;
    if (m[0].length === 0) at.lastIndex++;
    if (cuts && !cuts(piece.slice(from, m.index), piece.slice(cut))) continue;
    out.push(piece.slice(from, cut));
    from = cut;
  }
  out.push(piece.slice(from));
  return out;
}
