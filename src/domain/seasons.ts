export interface Season {
  year: number;
  indoor: boolean;
}

/**
 * The season a race belongs to: the UTC year of the race date, not the year
 * in an edition's name (Tokyo 2020 was raced in 2021). Without a date, the
 * meet's own year stands in.
 */
export function seasonOf(date: Date | null, fallbackYear: number, indoor: boolean): Season {
  if (date !== null) {
    // An invalid Date is a bug upstream; silently falling back would hide it.
    if (Number.isNaN(date.getTime())) throw new RangeError('seasonOf: the race date is an invalid Date');
    return { year: date.getUTCFullYear(), indoor };
  }
  if (!Number.isInteger(fallbackYear)) throw new RangeError(`seasonOf: fallback year ${fallbackYear} is not an integer`);
  return { year: fallbackYear, indoor };
}

/** "2021" for the outdoor season, "2021 indoor" for the indoor one. */
export function seasonKey(season: Season): string {
  return season.indoor ? `${season.year} indoor` : String(season.year);
}

/** The inverse of seasonKey, for keys coming back from clients. */
export function parseSeasonKey(key: string): Season {
  const match = /^([0-9]{4})( indoor)?$/.exec(key.trim());
  if (!match) throw new RangeError(`Invalid season "${key}": expected a year such as "2021" or "2021 indoor"`);
  return { year: Number(match[1]), indoor: match[2] !== undefined };
}
