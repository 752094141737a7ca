import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type HttpMetrics = {
  registry: Registry;
  observe(sample: { method: string; route: string; status: number; durationSeconds: number }): void;
};

/**
 * A registry of one server's own (never prom-client's global one): process metrics, `http_requests_total` and
 * `http_request_duration_seconds`, both labelled `{method, route, status}`.
 * Invariant: `route` is a fixed route or procedure path, never a raw URL, so label sets stay bounded.
 */
export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, in seconds.',
    labelNames,
    registers: [registry],
  });
  return {
    registry,
    observe({ method, route, status, durationSeconds }) {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      duration.observe(labels, durationSeconds);
    },
  };
}
