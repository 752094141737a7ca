import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { EventTransport } from '../transport.js';
import { withOutage, type TestTransport } from './index.js';

const run = promisify(execFile);
const KAFKA_SCRIPT = fileURLToPath(new URL('../../../../infra/local/kafka.sh', import.meta.url));

/** A broker that a test can stop and start: `transport` is what the code under test publishes and consumes through. */
export type BrokerOutage = {
  transport: EventTransport;
  goDown(): Promise<void>;
  comeBack(): Promise<void>;
  /** Starts the broker again if a test left it stopped; call it in `afterAll`. */
  restore(): Promise<void>;
};

async function kafkaScript(command: 'stop' | 'start' | 'status'): Promise<void> {
  if (!existsSync(KAFKA_SCRIPT)) throw new Error(`${KAFKA_SCRIPT} is missing: it stops and starts the local broker`);
  await run('bash', [KAFKA_SCRIPT, command], { timeout: 120_000 });
}

/**
 * The real local broker when `bus` is Kafka (stopped and started with infra/local/kafka.sh, which owns it), or a
 * switchable in-process stand-in. Tests using it must not run beside other Kafka tests (the broker is shared).
 */
export async function createBrokerOutage(
  bus: TestTransport,
  transport: EventTransport = bus.transport,
): Promise<BrokerOutage> {
  if (bus.kind === 'kafka') {
    await kafkaScript('status');
    let stopped = false;
    return {
      transport,
      goDown: async () => {
        stopped = true;
        await kafkaScript('stop');
      },
      comeBack: async () => {
        await kafkaScript('start');
        stopped = false;
      },
      restore: async () => {
        if (stopped) await kafkaScript('start');
        stopped = false;
      },
    };
  }
  const switchable = withOutage(transport);
  return {
    transport: switchable.transport,
    goDown: async () => switchable.goDown(),
    comeBack: async () => switchable.comeBack(),
    restore: async () => switchable.comeBack(),
  };
}
