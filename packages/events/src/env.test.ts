import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kafkaEnv } from './env.js';

const schema = z.object(kafkaEnv);

describe('kafkaEnv', () => {
  it('splits KAFKA_BROKERS on commas and trims the entries', () => {
    expect(schema.parse({ KAFKA_BROKERS: '127.0.0.1:9092, kafka-2:9092' })).toEqual({
      KAFKA_BROKERS: ['127.0.0.1:9092', 'kafka-2:9092'],
      KAFKA_CLIENT_ID: undefined,
    });
  });

  it('treats an unset or empty KAFKA_BROKERS as the in-process transport', () => {
    expect(schema.parse({}).KAFKA_BROKERS).toBeUndefined();
    expect(schema.parse({ KAFKA_BROKERS: '' }).KAFKA_BROKERS).toBeUndefined();
  });

  it('rejects a broker without a port, in Vietnamese first', () => {
    const result = schema.safeParse({ KAFKA_BROKERS: 'kafka' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^mỗi broker Kafka phải có dạng máy_chủ:cổng/);
  });

  it('keeps KAFKA_CLIENT_ID when given', () => {
    expect(schema.parse({ KAFKA_CLIENT_ID: 'intake' }).KAFKA_CLIENT_ID).toBe('intake');
  });
});
