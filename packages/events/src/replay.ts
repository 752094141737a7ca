import type { Logger } from '@lienthong/telemetry';
import { errorMessage, sleep } from './backoff.js';
import { HEADERS, deadLetterTopic, type EventTransport, type OutgoingMessage } from './transport.js';

export type ReplayOptions = {
  transport: EventTransport;
  /** The original topic, e.g. `documents`: dead letters are read from `documents.dlq`. */
  topic: string;
  /** Replay only what this consumer group dead-lettered. Default: every group's. */
  group?: string;
  /** Replay at most this many (the rest stay for a later run). Default: all. */
  limit?: number;
  logger?: Logger;
  /** Give up waiting for more dead letters after this long without one. Default 2 s. */
  idleMs?: number;
  /** Upper bound for the whole run. Default 60 s. */
  timeoutMs?: number;
};

export type ReplayResult = { replayed: number; skipped: number };

class ReplayLimitReached extends Error {}

/** The consumer group a replay reads `<topic>.dlq` with; its committed position is how far replays have gone. */
export function replayGroupName(topic: string, group?: string): string {
  return `lienthong.replay.${topic}.${group ?? 'all'}`;
}

/**
 * Publishes the dead letters of `<topic>.dlq` again to the topic they came from, without the `dlq_*` headers.
 * Every group subscribed to that topic receives them again; idempotent consumers skip the ones they had applied,
 * and the group that failed applies them now (or dead-letters them again if it still fails).
 * Invariants: each dead letter is replayed once per replay group (`replayGroupName`), i.e. a second run does not
 * resend what the first one sent; with `group`, other groups' dead letters are passed over (counted in `skipped`)
 * and stay available to an unfiltered replay; a dead letter is marked read only after its re-publication succeeded.
 */
export async function replayDeadLetters(options: ReplayOptions): Promise<ReplayResult> {
  const { transport, topic, group, limit = Number.POSITIVE_INFINITY, logger } = options;
  const idleMs = options.idleMs ?? 2_000;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const dlq = deadLetterTopic(topic);
  const replayGroup = replayGroupName(topic, group);
  let replayed = 0;
  let skipped = 0;
  let lastActivity = Date.now();
  let done = false;

  const subscription = await transport.subscribe({
    group: replayGroup,
    topics: [dlq],
    fromBeginning: true,
    handle: async (message) => {
      if (done || replayed >= limit) {
        done = true;
        throw new ReplayLimitReached('replay limit reached');
      }
      lastActivity = Date.now();
      const failedGroup = message.headers[HEADERS.dlqGroup];
      if (group !== undefined && failedGroup !== group) {
        skipped += 1;
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers)) {
        if (value !== undefined && !name.startsWith('dlq_')) headers[name] = value;
      }
      const target = message.headers[HEADERS.dlqOriginalTopic] ?? topic;
      const replay: OutgoingMessage = { topic: target, key: message.key ?? '', value: message.value, headers };
      await transport.publish([replay]);
      replayed += 1;
      logger?.info({ topic: target, group: failedGroup, id: message.headers[HEADERS.id] }, 'dead letter replayed');
    },
  });

  try {
    for (;;) {
      await sleep(100);
      if (replayed >= limit) break;
      if (Date.now() > deadline) break;
      const lag = await transport.consumerLag?.(replayGroup, [dlq]).catch((error: unknown) => {
        logger?.warn({ err: errorMessage(error) }, 'replay: lag unavailable');
        return undefined;
      });
      const remaining = lag?.reduce((sum, entry) => sum + entry.lag, 0);
      if (remaining === 0) break;
      if (remaining === undefined && Date.now() - lastActivity > idleMs) break;
      if (Date.now() - lastActivity > Math.max(idleMs, 10_000)) break;
    }
  } finally {
    done = true;
    await subscription.stop();
  }
  logger?.info({ topic, group: group ?? 'all', replayed, skipped }, 'replay finished');
  return { replayed, skipped };
}
