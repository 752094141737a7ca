import { createInProcessTransport } from '../in-process-transport.js';
import type { EventTransport } from '../transport.js';
import { createKafkaTransport } from './kafka-transport.js';

export type TransportConfig = { brokers?: readonly string[] | undefined; clientId: string };

/**
 * The transport a deployable's configuration asks for: Kafka when brokers are given (`KAFKA_BROKERS`), otherwise
 * the in-process bus, which only reaches consumers in the same process.
 */
export function createTransport(config: TransportConfig): EventTransport {
  return config.brokers && config.brokers.length > 0
    ? createKafkaTransport({ brokers: [...config.brokers], clientId: config.clientId })
    : createInProcessTransport();
}
