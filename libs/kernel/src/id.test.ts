import { describe, expect, it } from 'vitest';
import { fixedClock, manualClock } from './clock.js';
import { createIdGenerator, isUuidV7, sequentialIdGenerator } from './id.js';

describe('createIdGenerator', () => {
  it('makes UUID v7 ids whose timestamp comes from the clock', () => {
    const id = createIdGenerator(fixedClock('2025-07-01T00:00:00Z'))();
    expect(isUuidV7(id)).toBe(true);
    const millis = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(new Date(millis).toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });

  it('makes ids that sort in creation order', () => {
    const clock = manualClock('2025-01-01T00:00:00Z');
    const next = createIdGenerator(clock);
    const ids = Array.from({ length: 50 }, () => {
      clock.advance(1);
      return next();
    });
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });

  it('stays ordered within one millisecond and when the clock goes back', () => {
    const clock = manualClock('2025-01-01T00:00:00Z');
    const next = createIdGenerator(clock);
    const ids: string[] = [];
    for (let i = 0; i < 2000; i += 1) ids.push(next());
    clock.advance(-5_000);
    for (let i = 0; i < 10; i += 1) ids.push(next());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isUuidV7)).toBe(true);
  });

  it('has a deterministic generator for tests', () => {
    const a = sequentialIdGenerator();
    const b = sequentialIdGenerator();
    expect([a(), a()]).toEqual([b(), b()]);
    expect(isUuidV7(a())).toBe(true);
    expect(isUuidV7('not-a-uuid')).toBe(false);
  });
});
