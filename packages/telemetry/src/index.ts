export { startTelemetry, type StartTelemetryOptions, type TelemetryHandle } from './start-telemetry.js';
export { createLogger, type CreateLoggerOptions, type Logger, type LogLevel } from './logger.js';
export { withSpan, type Attributes, type Span } from './with-span.js';
export { otelEnv } from './env.js';
