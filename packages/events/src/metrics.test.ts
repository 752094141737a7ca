import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createEventMetrics } from './metrics.js';

describe('createEventMetrics', () => {
  it('returns the same metrics for the same registry, so several relays and consumers can share it', () => {
    const registry = new Registry();
    expect(createEventMetrics(registry)).toBe(createEventMetrics(registry));
  });

  it('computes backlog and lag gauges from the registered sources when scraped, until they unregister', async () => {
    const registry = new Registry();
    const metrics = createEventMetrics(registry);
    const untrackOutbox = metrics.trackOutbox('intake', async () => 7);
    const untrackConsumer = metrics.trackConsumer('routing.documents', async () => [{ topic: 'documents', lag: 3 }]);
    metrics.trackOutbox('broken', async () => {
      throw new Error('database down');
    });
    let text = await registry.metrics();
    expect(text).toContain('events_outbox_backlog{outbox="intake"} 7');
    expect(text).not.toContain('outbox="broken"');
    expect(text).toContain('events_consumer_lag{group="routing.documents",topic="documents"} 3');
    untrackOutbox();
    untrackConsumer();
    text = await registry.metrics();
    expect(text).not.toContain('outbox="intake"');
    expect(text).not.toContain('group="routing.documents"');
  });

  it('counts published, consumed and dead-lettered events with their labels', async () => {
    const registry = new Registry();
    const metrics = createEventMetrics(registry);
    metrics.published('intake', 'documents', 3);
    metrics.consumed('routing.documents', 'vn.lienthong.document.registered.v1', 'applied');
    metrics.deadLettered('routing.documents', 'documents');
    const text = await registry.metrics();
    expect(text).toContain('events_published_total{outbox="intake",topic="documents"} 3');
    expect(text).toContain(
      'events_consumed_total{group="routing.documents",type="vn.lienthong.document.registered.v1",outcome="applied"} 1',
    );
    expect(text).toContain('events_dead_letters_total{group="routing.documents",topic="documents"} 1');
  });
});
