export { createKafkaTransport, type KafkaLogLevel, type KafkaTransportOptions } from './kafka-transport.js';
