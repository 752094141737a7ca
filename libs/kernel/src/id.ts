import { v7 as uuidv7, validate, version } from 'uuid';
import type { Clock } from './clock.js';

/** Produces a new identifier. Services get one from `createIdGenerator(clock)`; tests may pass a sequence. */
export type IdGenerator = () => string;

/**
 * UUID v7 (RFC 9562) with the time from `clock`. Monotonic per generator (RFC 9562 §6.2, method 1): within one
 * millisecond, or when the clock goes back, the 32-bit counter after the timestamp is incremented, so the ids one
 * generator hands out sort in the order they were made. Keyset paging and the outbox rely on that.
 */
export function createIdGenerator(clock: Clock): IdGenerator {
  let lastMsecs = -Infinity;
  let seq = 0;
  return () => {
    const now = clock.now().getTime();
    if (now > lastMsecs) {
      lastMsecs = now;
      // A random start below 2^30 leaves room for a billion ids in one millisecond before the counter wraps.
      seq = Math.floor(Math.random() * 0x40000000);
    } else {
      seq = (seq + 1) | 0;
      if (seq === 0) lastMsecs += 1;
    }
    return uuidv7({ msecs: lastMsecs, seq });
  };
}

/** A deterministic generator for tests: valid v7 UUIDs whose order follows the call order. */
export function sequentialIdGenerator(startAt: Date | string = '2025-01-01T00:00:00Z'): IdGenerator {
  let msecs = new Date(startAt).getTime();
  let counter = 0;
  return () => {
    counter += 1;
    msecs += 1;
    const random = new Uint8Array(16);
    random[15] = counter & 0xff;
    random[14] = (counter >> 8) & 0xff;
    return uuidv7({ msecs, random });
  };
}

export function isUuidV7(value: string): boolean {
  return validate(value) && version(value) === 7;
}
