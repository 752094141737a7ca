/**
 * The database could not be reached or opened (connection refused, timeout, unknown database, bad credentials…).
 * Invariant: `target` and the messages never contain a password; `message` is the English text so logs stay greppable.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  /** Where we tried to connect, e.g. `127.0.0.1:5432/test` or `PGlite ./.data/pglite`. */
  readonly target: string;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(target: string, cause: unknown) {
    const reason = describeCause(cause);
    const messageVi = `Không kết nối được tới cơ sở dữ liệu ${target}: ${reason}`;
    const messageEn = `Cannot connect to database ${target}: ${reason}`;
    super(messageEn, { cause });
    this.name = 'DatabaseUnavailableError';
    this.target = target;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

/**
 * The database configuration is unusable (malformed DATABASE_URL, bad schema name…): a deployment mistake, not an
 * outage. Invariant: the message never repeats the URL, which may hold a password.
 */
export class DatabaseConfigError extends Error {
  readonly code = 'DATABASE_CONFIG_INVALID';
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(messageVi: string, messageEn: string) {
    super(messageEn);
    this.name = 'DatabaseConfigError';
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

/** One line about why a connection failed: the error code (ECONNREFUSED, SQLSTATE…) and the driver's message. */
export function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  // Node reports "localhost" tried on both ::1 and 127.0.0.1 as an AggregateError with an empty message.
  const message =
    cause.message ||
    (cause instanceof AggregateError ? cause.errors.map((e: unknown) => describeCause(e)).join('; ') : '');
  if (typeof code === 'string' && code !== '' && !message.includes(code)) {
    return message ? `${code} ${message}` : code;
  }
  return message || cause.name;
}
