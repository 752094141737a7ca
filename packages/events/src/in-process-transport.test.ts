import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessTransport } from './in-process-transport.js';
import { waitFor } from './testing/index.js';
import type { EventTransport, IncomingMessage, OutgoingMessage } from './transport.js';

async function lag(transport: EventTransport, group: string) {
  if (!transport.consumerLag) throw new Error('the in-process transport reports lag');
  return transport.consumerLag(group, ['documents']);
}

const message = (value: string, key = 'k'): OutgoingMessage => ({ topic: 'documents', key, value, headers: { ce_id: value } });

describe('createInProcessTransport', () => {
  let transport: EventTransport;
  afterEach(async () => {
    await transport.close();
  });

  it('delivers published messages in order with their key and headers', async () => {
    transport = createInProcessTransport();
    const seen: IncomingMessage[] = [];
    await transport.subscribe({ group: 'g', topics: ['documents'], handle: async (m) => void seen.push(m) });
    await transport.publish([message('a'), message('b'), message('c', 'other')]);
    await waitFor('three messages', () => seen.length === 3);
    expect(seen.map((m) => [m.value, m.key, m.headers['ce_id'], m.offset])).toEqual([
      ['a', 'k', 'a', '0'],
      ['b', 'k', 'b', '1'],
      ['c', 'other', 'c', '2'],
    ]);
  });

  it('publishes without waiting for the subscriber (delivery is asynchronous)', async () => {
    transport = createInProcessTransport();
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    await transport.subscribe({ group: 'g', topics: ['documents'], handle: () => blocked });
    await expect(transport.publish([message('a')])).resolves.toBeUndefined();
    release();
  });

  it('delivers a rejected message again until it is acknowledged, without skipping ahead', async () => {
    transport = createInProcessTransport({ redelivery: { initialDelayMs: 1, maxDelayMs: 5 } });
    const seen: string[] = [];
    let failures = 2;
    await transport.subscribe({
      group: 'g',
      topics: ['documents'],
      handle: async (m) => {
        seen.push(m.value);
        if (m.value === 'a' && failures-- > 0) throw new Error('not yet');
      },
    });
    await transport.publish([message('a'), message('b')]);
    await waitFor('b', () => seen.includes('b'));
    expect(seen).toEqual(['a', 'a', 'a', 'b']);
  });

  it('keeps each group’s position: a new subscriber of the same group resumes where the last one stopped', async () => {
    transport = createInProcessTransport();
    const first: string[] = [];
    const subscription = await transport.subscribe({
      group: 'g',
      topics: ['documents'],
      fromBeginning: true,
      handle: async (m) => void first.push(m.value),
    });
    await transport.publish([message('a')]);
    await waitFor('a', () => first.length === 1);
    await subscription.stop();
    await transport.publish([message('b')]);
    const second: string[] = [];
    const other: string[] = [];
    await transport.subscribe({ group: 'g', topics: ['documents'], handle: async (m) => void second.push(m.value) });
    await transport.subscribe({
      group: 'h',
      topics: ['documents'],
      fromBeginning: true,
      handle: async (m) => void other.push(m.value),
    });
    await waitFor('b in both groups', () => second.length === 1 && other.length === 2);
    expect(second).toEqual(['b']);
    expect(other).toEqual(['a', 'b']);
  });

  it('starts a new group at the end unless fromBeginning is set', async () => {
    transport = createInProcessTransport();
    await transport.publish([message('old')]);
    const seen: string[] = [];
    await transport.subscribe({ group: 'late', topics: ['documents'], handle: async (m) => void seen.push(m.value) });
    await transport.publish([message('new')]);
    await waitFor('new', () => seen.length === 1);
    expect(seen).toEqual(['new']);
  });

  it('refuses a second active subscriber for the same group and topic', async () => {
    transport = createInProcessTransport();
    await transport.subscribe({ group: 'g', topics: ['documents'], handle: async () => undefined });
    await expect(
      transport.subscribe({ group: 'g', topics: ['documents'], handle: async () => undefined }),
    ).rejects.toThrow(/already has an active subscriber/);
  });

  it('reports the lag of a group per topic', async () => {
    transport = createInProcessTransport({ redelivery: { initialDelayMs: 1_000, maxDelayMs: 1_000 } });
    await transport.publish([message('a'), message('b'), message('c')]);
    await transport.subscribe({
      group: 'g',
      topics: ['documents'],
      fromBeginning: true,
      handle: async (m) => {
        if (m.value === 'b') throw new Error('stuck');
      },
    });
    await waitFor('a consumed', async () => (await lag(transport, 'g'))[0]?.lag === 2);
    expect(await lag(transport, 'g')).toEqual([{ topic: 'documents', lag: 2 }]);
  });

  it('drops messages every subscribed group has consumed once the retention has passed', async () => {
    transport = createInProcessTransport({ retentionMs: 0 });
    const seen: string[] = [];
    await transport.subscribe({ group: 'g', topics: ['documents'], handle: async (m) => void seen.push(m.value) });
    await transport.publish([message('a'), message('b')]);
    await waitFor('both', () => seen.length === 2);
    const late: string[] = [];
    await transport.subscribe({
      group: 'late',
      topics: ['documents'],
      fromBeginning: true,
      handle: async (m) => void late.push(m.value),
    });
    await transport.publish([message('c')]);
    await waitFor('c', () => late.length === 1);
    expect(late).toEqual(['c']);
  });

  it('keeps messages of a topic nobody reads for the retention only, but keeps dead letters until read', async () => {
    transport = createInProcessTransport({ retentionMs: 0 });
    await transport.publish([message('lost')]);
    await transport.publish([{ ...message('dead'), topic: 'documents.dlq' }]);
    await transport.publish([message('kept')]);
    const seen: string[] = [];
    await transport.subscribe({
      group: 'late',
      topics: ['documents', 'documents.dlq'],
      fromBeginning: true,
      handle: async (m) => void seen.push(m.value),
    });
    await waitFor('two messages', () => seen.length === 2);
    expect(seen.sort()).toEqual(['dead', 'kept']);
  });

  it('rejects publishing after close', async () => {
    transport = createInProcessTransport();
    await transport.close();
    await expect(transport.publish([message('a')])).rejects.toThrow(/closed/);
  });
});
