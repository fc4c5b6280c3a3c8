/** English rendering for titles: 2,500 · 2.2 million · 51 billion · 20,000. */
export function formatNumber(value: number): string {
  if (value >= 1e6) {
    // Billions only where one decimal says it all: "2250 million" loses nothing that "2.3 billion" would.
    const billions = value >= 1e9 && Number.isInteger(value / 1e8);
    const [scale, word] = billions ? [1e9, 'billion'] : [1e6, 'million'];
    const m = value / scale;
    return `${Number.isInteger(m) ? m : m.toFixed(1).replace(/\.0$/, '')} ${word}`;
  }
  // What toLocaleString('en-US') writes for a whole number, without Intl's cost per call.
  if (Number.isInteger(value) && value >= 0 && !Object.is(value, -0)) return groupThousands(String(value));
  return value.toLocaleString('en-US');
}

/** "2500" → "2,500". */
export function groupThousands(digits: string): string {
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}
