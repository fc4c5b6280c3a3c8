/**
 * A question about two documents (do they tell one story, are they apart), asked of every pair of
 * reports the merge compares: hundreds of reports of one article meet the same few articles, and
 * each asking builds a key of both names and reads two publication dates. The merge compares one
 * report with many in turn, so the answers for the current first document are kept until it changes.
 */
export function perDocumentPair(ask: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  let first: string | undefined;
  let answers = new Map<string, boolean>();
  return (a, b) => {
    if (a !== first) {
      first = a;
      answers = new Map();
    }
    let answer = answers.get(b);
    if (answer === undefined) {
      answer = ask(a, b);
      answers.set(b, answer);
    }
    return answer;
  };
}
