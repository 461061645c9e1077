// Checked rows on their way from the read worker to the main thread, compactly. A row is
// five integers (its line or index, and ids of its meet, race, athlete and source) plus its
// performance columns already in COPY text: cloning a million row objects between threads
// would cost about as much as checking them. The meet, race and athlete parts repeat over
// many rows and cross once each, with an id; the main thread gets the same object for every
// row that names it, as the in-thread reader would give.
import { own, type AthleteCells, type CheckedRow, type MeetCells, type PerformanceCells, type RaceCells, type RowExtras } from './row';
import type { CheckedRowSink } from './row-reader';
import { copyFields } from './sql-session';

/** What the importer's collecting step needs of a checked row. */
export type RowParts = Pick<CheckedRow, 'meet' | 'race' | 'athlete' | 'source' | 'sourceTitle' | 'extras'>;

export interface RowBatch {
  /** Per row, FIELDS integers: ref, meet, race, athlete and source ids; meet -1 when the row has errors. */
  rows: Int32Array;
  /**
   * The performance columns of each good row, as COPY text, each line ended by a line break
   * (COPY text has none inside). One string: cloning a million small strings between
   * threads cost the worker about a second.
   */
  tails: string;
  /** [row position in the batch, source title] for good rows that give one. */
  titles: Array<[number, string]>;
  /** [row position, extras] for the rare good rows with a height card or series: beside the row, not in its COPY line. */
  extras: Array<[number, RowExtras]>;
  /** [row position, ref, column, message]: reported before the row at that position (or after the last). */
  errors: Array<[number, number | null, string | null, string]>;
  meets: Array<[number, MeetCells]>;
  races: Array<[number, RaceCells]>;
  athletes: Array<[number, AthleteCells]>;
  sources: Array<[number, string]>;
}

const FIELDS = 5;

/** A row's values for the staging table's performance columns, in their order (see the importer's STAGING_COLUMNS). */
export function performanceColumns(p: PerformanceCells): Array<string | number | boolean | null> {
  return [p.place, p.markValue, p.markText, p.precision, p.wind, p.status, p.notes, p.photoFinish, p.tied, p.country];
}

/** The same as COPY text. */
export function performanceCopyText(p: PerformanceCells): string {
  return copyFields(performanceColumns(p));
}

/**
 * Ids for one kind of part, by identity; a part seen for the first time is added to `defs`.
 * Weak: parts a memo of the checker dropped can go; if they come back they get a new id.
 */
class PartIds<T extends object> {
  private ids = new WeakMap<T, number>();
  private next = 0;

  idOf(part: T, defs: Array<[number, T]>): number {
    let id = this.ids.get(part);
    if (id === undefined) {
      this.ids.set(part, (id = this.next++));
      defs.push([id, part]);
    }
    return id;
  }
}

/** The worker's side: a sink for the row reader that fills batches. */
export class RowBatchEncoder implements CheckedRowSink {
  private meetIds = new PartIds<MeetCells>();
  private raceIds = new PartIds<RaceCells>();
  private athleteIds = new PartIds<AthleteCells>();
  private sourceIds = new Map<string, number>();
  private lastSource: string | null = null;
  private lastSourceId = -1;
  private batch = RowBatchEncoder.empty();
  private rows: number[] = [];

  private static empty(): Omit<RowBatch, 'rows'> {
    return { tails: '', titles: [], extras: [], errors: [], meets: [], races: [], athletes: [], sources: [] };
  }

  error(ref: number | null, column: string | null, message: string): void {
    this.batch.errors.push([this.rows.length / FIELDS, ref, column, message]);
  }

  row(ref: number, row: CheckedRow | null): void {
    if (row === null) {
      this.rows.push(ref, -1, -1, -1, -1);
      return;
    }
    const b = this.batch;
    if (row.sourceTitle !== null) b.titles.push([this.rows.length / FIELDS, row.sourceTitle]);
    if (row.extras !== null) b.extras.push([this.rows.length / FIELDS, row.extras]);
    this.rows.push(
      ref,
      this.meetIds.idOf(row.meet, b.meets),
      this.raceIds.idOf(row.race, b.races),
      this.athleteIds.idOf(row.athlete, b.athletes),
      this.sourceId(row.source),
    );
    b.tails += `${performanceCopyText(row.performance)}\n`;
  }

  /** The rows since the last call; its `rows` buffer can be transferred. */
  take(): RowBatch {
    const batch = { ...this.batch, rows: Int32Array.from(this.rows) };
    this.batch = RowBatchEncoder.empty();
    this.rows = [];
    return batch;
  }

  private sourceId(s: string): number {
    if (s === this.lastSource) return this.lastSourceId;
    let id = this.sourceIds.get(s);
    if (id === undefined) {
      // A copy: the cell is a slice of its piece of input, and would keep it all alive.
      const reference = own(s);
      this.sourceIds.set(reference, (id = this.sourceIds.size));
      this.batch.sources.push([id, reference]);
    }
    this.lastSource = s;
    this.lastSourceId = id;
    return id;
  }
}

export interface DecodedRowSink {
  /** A row was read: its parts and performance columns as COPY text, or nulls when it has errors. */
  row(ref: number, parts: RowParts | null, performance: string | null): void;
  error(ref: number | null, column: string | null, message: string): void;
}

/** The main thread's side: replays batches, in order, as the rows they hold. */
export class RowBatchDecoder {
  private meets: MeetCells[] = [];
  private races: RaceCells[] = [];
  private athletes: AthleteCells[] = [];
  private sources: string[] = [];

  apply(batch: RowBatch, sink: DecodedRowSink): void {
    for (const [id, m] of batch.meets) this.meets[id] = m;
    for (const [id, r] of batch.races) this.races[id] = r;
    for (const [id, a] of batch.athletes) this.athletes[id] = a;
    for (const [id, s] of batch.sources) this.sources[id] = s;
    const { rows, titles, errors, extras } = batch;
    const tails = batch.tails.split('\n');
    const count = rows.length / FIELDS;
    let e = 0;
    let t = 0;
    let x = 0;
    let tail = 0;
    for (let i = 0; i < count; i++) {
      for (; e < errors.length && errors[e][0] === i; e++) sink.error(errors[e][1], errors[e][2], errors[e][3]);
      const k = i * FIELDS;
      if (rows[k + 1] < 0) {
        sink.row(rows[k], null, null);
        continue;
      }
      let sourceTitle: string | null = null;
      if (t < titles.length && titles[t][0] === i) sourceTitle = titles[t++][1];
      let rowExtras: RowExtras | null = null;
      if (x < extras.length && extras[x][0] === i) rowExtras = extras[x++][1];
      const parts: RowParts = {
        meet: this.meets[rows[k + 1]],
        race: this.races[rows[k + 2]],
        athlete: this.athletes[rows[k + 3]],
        source: this.sources[rows[k + 4]],
        sourceTitle,
        extras: rowExtras,
      };
      sink.row(rows[k], parts, tails[tail++]);
    }
    for (; e < errors.length; e++) sink.error(errors[e][1], errors[e][2], errors[e][3]);
  }
}
