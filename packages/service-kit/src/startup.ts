import type { Logger } from '@lienthong/telemetry';

/**
 * Reports a start-up failure once, plainly: a fatal log line with the error, and one bilingual line on stderr for
 * whoever ran the process (errors that carry `messageVi`/`messageEn`, such as DatabaseUnavailableError, use them).
 * The caller then exits with code 1.
 */
export function reportStartupFailure(logger: Logger, what: string, error: unknown): void {
  logger.fatal({ err: error }, `could not start ${what}`);
  const withMessages = error as { messageVi?: unknown; messageEn?: unknown; message?: unknown };
  const vi = typeof withMessages.messageVi === 'string' ? withMessages.messageVi : undefined;
  const en =
    typeof withMessages.messageEn === 'string' ? withMessages.messageEn : String(withMessages.message ?? error);
  process.stderr.write(`\nKhông khởi động được ${what}: ${vi ?? en}\nCould not start ${what}: ${en}\n\n`);
}
