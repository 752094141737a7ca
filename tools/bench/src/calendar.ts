// Calls per second of BusinessCalendar.addWorkingDays (the deadline of every dossier): random start dates over
// 2024–2030 and n in 1..30, drawn in advance from a seeded generator so runs compare. A warm-up builds every year's
// table first; then ROUNDS rounds of CALLS calls each, and the best and median rounds are printed. Nothing is asserted.
import { createBusinessCalendar } from '@lienthong/calendar';

const CALLS = positiveInteger('BENCH_CALENDAR_CALLS', 2_000_000);
const ROUNDS = 5;
const INPUTS = 1 << 16;
const DAY_MS = 86_400_000;

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
  return value;
}

/** mulberry32: a small seeded generator, so every run draws the same inputs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const created = createBusinessCalendar();
if (!created.ok) throw created.error;
const calendar = created.value;

const random = seededRandom(2026);
const first = Date.UTC(2024, 0, 1);
const span = (Date.UTC(2030, 11, 31) - first) / DAY_MS + 1;
const starts = Array.from({ length: INPUTS }, () =>
  new Date(first + Math.floor(random() * span) * DAY_MS).toISOString().slice(0, 10),
);
const counts = Int32Array.from({ length: INPUTS }, () => 1 + Math.floor(random() * 30));

// Keeps the result alive so the JIT cannot drop the calls.
let checksum = 0;
function round(calls: number): number {
  const started = performance.now();
  for (let i = 0; i < calls; i += 1) {
    const index = i & (INPUTS - 1);
    checksum += calendar.addWorkingDays(starts[index] as string, counts[index] as number).charCodeAt(9);
  }
  return calls / ((performance.now() - started) / 1000);
}

round(Math.min(CALLS, 200_000));
const rates = Array.from({ length: ROUNDS }, () => round(CALLS)).sort((a, b) => a - b);
const millions = (rate: number) => `${(rate / 1e6).toFixed(2)} M calls/s`;
console.log(`calendar: addWorkingDays, random starts 2024–2030, n in 1..30, ${ROUNDS} rounds of ${CALLS} calls`);
console.log(
  `  best ${millions(rates[ROUNDS - 1] as number)}, median ${millions(rates[Math.floor(ROUNDS / 2)] as number)} (checksum ${checksum})`,
);
