/** Where time comes from. Libraries take a `Clock` or a `now` argument and never read the system clock. */
export type Clock = { now(): Date };

/** The real clock, for composition roots only (`main.ts`). */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at`. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}

/** A clock a test moves by hand. */
export type ManualClock = Clock & { set(at: Date | string): void; advance(milliseconds: number): void };

export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
