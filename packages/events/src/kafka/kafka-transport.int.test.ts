import { randomBytes } from 'node:crypto';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKafkaBrokers, waitFor } from '../testing/index.js';
import type { EventTransport, IncomingMessage } from '../transport.js';
import { createKafkaTransport } from './kafka-transport.js';

// Kafka only. With REQUIRE_INFRA=1 and no KAFKA_BROKERS, testKafkaBrokers() throws here and the file fails.
const brokers = testKafkaBrokers();

describe.skipIf(brokers === undefined)('createKafkaTransport (real Kafka)', () => {
  const prefix = `lt-test-${randomBytes(4).toString('hex')}.`;
  let transport: EventTransport;
  let admin: kafkajs.Admin;

  beforeAll(async () => {
    transport = createKafkaTransport({
      brokers: brokers ?? [],
      clientId: 'kafka-transport-int',
      topicPrefix: prefix,
      numPartitions: 3,
      replicationFactor: 1,
      logLevel: 'nothing',
      retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 1_000 },
    });
    admin = new kafkajs.Kafka({ clientId: 'kafka-transport-int-admin', brokers: brokers ?? [], logLevel: kafkajs.logLevel.NOTHING }).admin();
    await admin.connect();
  });
  const lagOf = (group: string, topic: string) => {
    if (!transport.consumerLag) throw new Error('the Kafka transport reports lag');
    return transport.consumerLag(group, [topic]);
  };

  afterAll(async () => {
    await transport?.close();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  });

  it('creates the topic and its .dlq under the prefix before the first publish', async () => {
    await transport.publish([{ topic: 'signatures', key: 'envelope-1', value: '{}', headers: {} }]);
    const metadata = await admin.fetchTopicMetadata({ topics: [`${prefix}signatures`, `${prefix}signatures.dlq`] });
    expect(metadata.topics.map((topic) => [topic.name, topic.partitions.length]).sort()).toEqual([
      [`${prefix}signatures`, 3],
      [`${prefix}signatures.dlq`, 3],
    ]);
  });

  it('delivers key, value and headers, under the logical topic name, one key always on one partition', async () => {
    const seen: IncomingMessage[] = [];
    const subscription = await transport.subscribe({
      group: 'kafka-int.headers',
      topics: ['documents'],
      fromBeginning: true,
      handle: async (message) => void seen.push(message),
    });
    try {
      const headers = {
        ce_id: '01990f2a-8b7c-7d10-9a3e-000000000001',
        ce_type: 'vn.lienthong.document.registered.v1',
        tenant: 'th-ubnd-tinh',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      };
      await transport.publish(
        ['a', 'b', 'c', 'd'].map((value) => ({ topic: 'documents', key: 'document-42', value, headers })),
      );
      await waitFor('4 messages', () => seen.length === 4);
      expect(seen.map((message) => message.value)).toEqual(['a', 'b', 'c', 'd']);
      expect(new Set(seen.map((message) => message.partition)).size).toBe(1);
      expect(seen[0]).toMatchObject({ topic: 'documents', key: 'document-42', headers });
    } finally {
      await subscription.stop();
    }
  });

  it('commits an offset only after handle resolved: a rejected message comes back and counts as lag until then', async () => {
    let rejections = 0;
    const accepted: string[] = [];
    const subscription = await transport.subscribe({
      group: 'kafka-int.commit',
      topics: ['meetings'],
      fromBeginning: true,
      handle: async (message) => {
        if (message.value === 'first' && rejections < 2) {
          rejections += 1;
          throw new Error('not yet');
        }
        accepted.push(message.value);
      },
    });
    try {
      await transport.publish(['first', 'second'].map((value) => ({ topic: 'meetings', key: 'm-1', value, headers: {} })));
      await waitFor('both accepted', () => accepted.length === 2, { timeoutMs: 30_000 });
      expect(accepted).toEqual(['first', 'second']);
      expect(rejections).toBe(2);
      await waitFor('no lag', async () => (await lagOf('kafka-int.commit', 'meetings'))[0]?.lag === 0);
    } finally {
      await subscription.stop();
    }
    await transport.publish([{ topic: 'meetings', key: 'm-1', value: 'third', headers: {} }]);
    expect(await lagOf('kafka-int.commit', 'meetings')).toEqual([{ topic: 'meetings', lag: 1 }]);
  });

  it('fails a publish within seconds when no broker answers, instead of hanging', async () => {
    const unreachable = createKafkaTransport({
      brokers: ['127.0.0.1:1'],
      clientId: 'kafka-int-unreachable',
      logLevel: 'nothing',
      connectionTimeoutMs: 500,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 300 },
    });
    const started = Date.now();
    await expect(unreachable.publish([{ topic: 'documents', key: 'k', value: 'v', headers: {} }])).rejects.toThrow(
      /ECONNREFUSED|Connection error/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    await unreachable.close();
  });
});
