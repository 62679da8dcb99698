import type { Problem } from './problem';

/**
 * A partial schedule under construction: which round each edge is in (tables are assigned at the end,
 * since any free table will do). Every change goes through place/unplace, which keep the indexes and
 * the objective up to date and append to a journal so a rejected move can be rolled back.
 */
export class ScheduleState {
  /** Round of each edge, -1 when not scheduled. */
  readonly roundOf: Int32Array;
  /** seat[p * rounds + r]: the edge p meets in round r, or -1. */
  readonly seat: Int32Array;
  readonly count: Int32Array;
  /** Meetings of each round: members[r * tables .. + used[r]), with posInRound[e] the position. */
  readonly used: Int32Array;
  readonly members: Int32Array;
  private readonly posInRound: Int32Array;
  objective = 0;
  /** Edges changed since mark(): [edge, previous round] pairs. */
  private journal: number[] = [];

  constructor(readonly pb: Problem) {
    const E = pb.weight.length;
    this.roundOf = new Int32Array(E).fill(-1);
    this.seat = new Int32Array(pb.n * pb.rounds).fill(-1);
    this.count = new Int32Array(pb.n);
    this.used = new Int32Array(pb.rounds);
    this.members = new Int32Array(pb.rounds * pb.tables);
    this.posInRound = new Int32Array(E).fill(-1);
  }

  /** Whether e fits in round r without moving anything. */
  fits(e: number, r: number): boolean {
    const { pb } = this;
    const a = pb.ea[e]!;
    const b = pb.eb[e]!;
    const R = pb.rounds;
    return (
      this.used[r]! < pb.tables &&
      pb.avail[a * R + r] === 1 &&
      pb.avail[b * R + r] === 1 &&
      this.seat[a * R + r] === -1 &&
      this.seat[b * R + r] === -1 &&
      this.count[a]! < pb.cap[a]! &&
      this.count[b]! < pb.cap[b]!
    );
  }

  place(e: number, r: number): void {
    const { pb } = this;
    const a = pb.ea[e]!;
    const b = pb.eb[e]!;
    const R = pb.rounds;
    this.journal.push(e, -1);
    this.roundOf[e] = r;
    this.seat[a * R + r] = e;
    this.seat[b * R + r] = e;
    this.count[a]!++;
    this.count[b]!++;
    const pos = this.used[r]!++;
    this.members[r * pb.tables + pos] = e;
    this.posInRound[e] = pos;
    this.objective += pb.weight[e]!;
  }

  unplace(e: number): void {
    const { pb } = this;
    const r = this.roundOf[e]!;
    const a = pb.ea[e]!;
    const b = pb.eb[e]!;
    const R = pb.rounds;
    this.journal.push(e, r);
    this.roundOf[e] = -1;
    this.seat[a * R + r] = -1;
    this.seat[b * R + r] = -1;
    this.count[a]!--;
    this.count[b]!--;
    const base = r * pb.tables;
    const pos = this.posInRound[e]!;
    const last = --this.used[r]!;
    const moved = this.members[base + last]!;
    this.members[base + pos] = moved;
    this.posInRound[moved] = pos;
    this.posInRound[e] = -1;
    this.objective -= pb.weight[e]!;
  }

  /** Place e in the first round (from `start`, cyclically) where it fits; false when there is none. */
  placeAnywhere(e: number, start = 0): boolean {
    const R = this.pb.rounds;
    for (let i = 0; i < R; i++) {
      const r = (start + i) % R;
      if (this.fits(e, r)) {
        this.place(e, r);
        return true;
      }
    }
    return false;
  }

  mark(): void {
    this.journal.length = 0;
  }

  /** Undo every change since mark(). */
  rollback(): void {
    const j = this.journal;
    for (let i = j.length - 2; i >= 0; i -= 2) {
      const e = j[i]!;
      const previous = j[i + 1]!;
      if (previous === -1) this.unplace(e);
      else this.place(e, previous);
    }
    j.length = 0;
  }

  /** Replace the whole schedule with `rounds` (a roundOf snapshot). */
  restore(rounds: Int32Array): void {
    for (let e = 0; e < rounds.length; e++) if (this.roundOf[e]! >= 0) this.unplace(e);
    for (let e = 0; e < rounds.length; e++) if (rounds[e]! >= 0) this.place(e, rounds[e]!);
    this.mark();
  }
}
