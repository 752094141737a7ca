import { v7 as uuidv7, validate, version } from 'uuid';
import type { Clock } from './clock.js';

/** Produces a new identifier. Services get one from `createIdGenerator(clock)`; tests may pass a sequence. */
export type IdGenerator = () => string;

/** UUID v7 (RFC 9562): time-ordered, so ids sort by creation time and index well. The time comes from `clock`. */
export function createIdGenerator(clock: Clock): IdGenerator {
  return () => uuidv7({ msecs: clock.now().getTime() });
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
