// Whether two results of one race, held by two records of what may be one person, say the
// same thing: the rule that merging athletes (one result kept) and duplicate detection (the
// evidence of shared races) share. Pure: two results in, a verdict out.

export interface ResultFacts {
  status: string;
  place: number | null;
  tied: boolean;
  markValue: number | null;
  markText: string | null;
  /** m/s; null when not given. */
  windMps: number | null;
  notes: readonly string[];
  photoFinish: boolean;
}

export interface ResultDisagreement {
  /** The field of the result: status, place, tied, mark, windMps or notes. */
  field: 'status' | 'place' | 'tied' | 'mark' | 'windMps' | 'notes';
  /** The kept result's value, as a curator reads it ("8:19.74", "none"). */
  keep: string;
  remove: string;
}

/** What the kept result becomes: its own facts, completed from the other's. */
export interface CombinedFacts {
  windMps: number | null;
  notes: string[];
  photoFinish: boolean;
}

export type ResultAgreement = { agree: true; combined: CombinedFacts } | { agree: false; disagreements: ResultDisagreement[] };

const none = (value: string | number | null) => (value === null ? 'none' : String(value));
const wind = (mps: number | null) => (mps === null ? 'none' : `${mps > 0 ? '+' : ''}${mps.toFixed(1)} m/s`);
const noteList = (notes: readonly string[]) => (notes.length === 0 ? 'none' : notes.join(', '));

/**
 * Two results agree when they have the same status, place, shared-place flag (tied) and mark
 * value, and nothing contradicts in the rest: a wind reading only one gives is no
 * contradiction (two different readings are); one's notes all among the other's is agreement
 * (the union is kept); a photo finish is kept when either says so. `keep`'s mark text is kept
 * (an equal value may be written at another precision).
 */
export function resultAgreement(keep: ResultFacts, remove: ResultFacts): ResultAgreement {
  const disagreements: ResultDisagreement[] = [];
  const differ = (field: ResultDisagreement['field'], a: string, b: string) => disagreements.push({ field, keep: a, remove: b });
  if (keep.status !== remove.status) differ('status', keep.status, remove.status);
  if (keep.place !== remove.place) differ('place', none(keep.place), none(remove.place));
  if (keep.tied !== remove.tied) differ('tied', String(keep.tied), String(remove.tied));
  if (keep.markValue !== remove.markValue) differ('mark', none(keep.markText ?? keep.markValue), none(remove.markText ?? remove.markValue));
  if (keep.windMps !== null && remove.windMps !== null && Math.round(keep.windMps * 10) !== Math.round(remove.windMps * 10)) {
    differ('windMps', wind(keep.windMps), wind(remove.windMps));
  }
  const keepNotes = new Set(keep.notes);
  const removeNotes = new Set(remove.notes);
  const keepHasAll = remove.notes.every((n) => keepNotes.has(n));
  const removeHasAll = keep.notes.every((n) => removeNotes.has(n));
  if (!keepHasAll && !removeHasAll) differ('notes', noteList(keep.notes), noteList(remove.notes));
  if (disagreements.length > 0) return { agree: false, disagreements };
  return {
    agree: true,
    combined: {
      windMps: keep.windMps ?? remove.windMps,
      notes: [...keepNotes, ...remove.notes.filter((n) => !keepNotes.has(n))],
      photoFinish: keep.photoFinish || remove.photoFinish,
    },
  };
}

/** "mark: keep 8:19.74, remove 8:19.75; place: keep 14, remove none". */
export function describeDisagreements(disagreements: readonly ResultDisagreement[]): string {
  return disagreements.map((d) => `${d.field}: keep ${d.keep}, remove ${d.remove}`).join('; ');
}
