/**
 * Files read whole on this thread, one after the other: each builds its rows and its lookup of
 * values, and two at once would only share the core while holding both in memory. A file started
 * early to be read in parts by threads, that must be read whole after all (a quoted header, lines
 * ended by a lone CR, UTF-16), takes its turn here too instead of running beside the others.
 */
export class WholeReads {
  private last: Promise<unknown> = Promise.resolve();

  /** `work` once every read queued before it has settled. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work);
    this.last = result.catch(() => undefined);
    return result;
  }
}

/**
 * Every read settled, then their results in order, or the first failure: no read is left running
 * unowned when another fails (an interruption, a defect).
 */
export async function allRead<T>(reads: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(reads);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}
