/**
 * Concurrent callers with the same key share one run of the work, so a burst of reads of one user
 * costs one upstream call instead of one per read.
 */
export class Singleflight<T> {
  private readonly flights = new Map<string, Promise<T>>();

  /** Flights running now. */
  get size(): number {
    return this.flights.size;
  }

  /**
   * Joins the flight running for `key`, or starts `work`. `work` gets `isCurrent()`, which turns
   * false once the key was forgotten while it ran: its callers still get its result, but it must
   * not be cached, because it may predate a write.
   */
  run(key: string, work: (isCurrent: () => boolean) => Promise<T>): SharedResult<T> {
    const running = this.flights.get(key);
    if (running) return { promise: running, joined: true };
    const isCurrent = (): boolean => this.flights.get(key) === flight;
    // Deferred by a microtask so `flight` is assigned before `work` can ask isCurrent().
    const flight: Promise<T> = Promise.resolve()
      .then(() => work(isCurrent))
      .finally(() => {
        if (isCurrent()) this.flights.delete(key);
      });
    this.flights.set(key, flight);
    return { promise: flight, joined: false };
  }

  /** Later callers start a new flight; the running one finishes for those who joined it. */
  forget(key: string): void {
    this.flights.delete(key);
  }
}

export interface SharedResult<T> {
  promise: Promise<T>;
  /** True when this caller joined a flight another caller started. */
  joined: boolean;
}
