export { createKafkaTransport, type KafkaLogLevel, type KafkaTransportOptions } from './kafka-transport.js';
export { createTransport, type TransportConfig } from './create-transport.js';
