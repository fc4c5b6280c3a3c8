/** A file name from the chronology's title: "Crisis chronology" + "csv" → "crisis-chronology.csv". */
export function downloadName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'chronology'}.${extension}`;
}
