/**
 * True when `REQUIRE_INFRA=1` (CI): tests that need a program or font from a Debian package must then run and fail
 * when it is missing, instead of being skipped.
 */
export function requiresInfra(): boolean {
  return process.env['REQUIRE_INFRA'] === '1';
}
