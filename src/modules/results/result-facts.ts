import type { Performance } from '../../db/generated/client';
import type { ResultFacts } from '../../domain';

/** A stored result as resultAgreement (src/domain/result-agreement.ts) reads it. */
export function resultFacts(p: Performance): ResultFacts {
  return {
    status: p.status,
    place: p.place,
    tied: p.tied,
    markValue: p.markValue,
    markText: p.markText,
    windMps: p.windMps === null ? null : Number(p.windMps),
    notes: p.notes,
    photoFinish: p.photoFinish,
  };
}
