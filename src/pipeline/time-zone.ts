/**
 * Clocks told in one zone and read in another: a British live blog's "11.20pm GMT" of a story in
 * Paris is 00:20 there, on the next day.
 */

/** Minutes ahead of UTC of the zone names news clocks carry. */
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  GMT: 0,
  UTC: 0,
  BST: 60,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
};

/** The zone names a clock may carry ("11.20pm GMT"), the ones `inZone` reads. */
export const ZONE_NAMES: readonly string[] = Object.keys(ABBREVIATIONS);

/** Whether `zone` is an IANA time zone this runtime knows ("Europe/Paris"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  return format;
}

/**
 * The day ("2015-11-13") and clock ("23:20") told in the zone `from` ("GMT"), as read in the IANA
 * zone `to`; undefined for a zone name not known.
 */
export function inZone(
  day: string,
  time: string,
  from: string,
  to: string,
): { day: string; time: string } | undefined {
  const ahead = ABBREVIATIONS[from.toUpperCase()];
  const instant = Date.parse(`${day}T${time}:00Z`);
  if (ahead === undefined || Number.isNaN(instant)) return undefined;
  const parts = Object.fromEntries(
    formatIn(to)
      .formatToParts(new Date(instant - ahead * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
