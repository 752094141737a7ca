const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Whether `value` is a SHA-256 in the stores' spelling: exactly 64 lowercase hexadecimal characters. */
export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/** The value as it may appear in an error message: never more than 80 characters. */
export function quoteForMessage(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
