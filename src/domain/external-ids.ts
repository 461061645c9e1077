// An athlete's id in another system, written "SYSTEM:value" ("WA:14208194", "WIKIDATA:Q21622479"):
// the format rule that the graph (athlete(externalId:), curated edits) and imports share. Pure.

export interface ExternalId {
  /** Upper-case letters, digits and underscores: WA, WIKIDATA, ... */
  system: string;
  /** The id within the system, without spaces. */
  value: string;
}

export class ExternalIdError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExternalIdError';
  }
}

/** The longest value kept (ids are short; this keeps junk out of the unique index). */
export const MAX_EXTERNAL_ID_LENGTH = 200;

/** Value rules of the systems that have one; any other system takes any text without spaces. */
const VALUE_RULES: Record<string, { pattern: RegExp; normalise?: (v: string) => string; says: string }> = {
  WA: { pattern: /^\d+$/, says: 'a World Athletics id is digits, e.g. "WA:14208194"' },
  WIKIDATA: { pattern: /^Q\d+$/, normalise: (v) => v.toUpperCase(), says: 'a Wikidata id is Q followed by digits, e.g. "WIKIDATA:Q21622479"' },
};

/**
 * Reads "SYSTEM:value". The system is letters, digits and underscores, upper-cased ("wa" is
 * WA); the value is what follows the first colon. WA values are digits; WIKIDATA values are Q
 * and digits (a lower-case q is upper-cased); other systems' values are any non-empty text
 * without spaces. Surrounding spaces are ignored. Throws ExternalIdError saying what is wrong.
 */
export function parseExternalId(text: string): ExternalId {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) throw new ExternalIdError(`"${text}" is not SYSTEM:value, e.g. "WA:14208194"`);
  const rawSystem = trimmed.slice(0, colon);
  let value = trimmed.slice(colon + 1);
  if (!/^[A-Za-z0-9_]+$/.test(rawSystem)) {
    throw new ExternalIdError(`"${text}": the system (before ":") is letters, digits and underscores, e.g. "WA"`);
  }
  const system = rawSystem.toUpperCase();
  if (value === '') throw new ExternalIdError(`"${text}" has no value after "${rawSystem}:"`);
  if (/\s/.test(value)) throw new ExternalIdError(`"${text}": an id has no spaces`);
  if (value.length > MAX_EXTERNAL_ID_LENGTH) throw new ExternalIdError(`"${text}": an id is at most ${MAX_EXTERNAL_ID_LENGTH} characters`);
  const rule = VALUE_RULES[system];
  if (rule) {
    value = rule.normalise ? rule.normalise(value) : value;
    if (!rule.pattern.test(value)) throw new ExternalIdError(`"${text}": ${rule.says}`);
  }
  return { system, value };
}

/** "WA:14208194". */
export function formatExternalId(id: ExternalId): string {
  return `${id.system}:${id.value}`;
}
