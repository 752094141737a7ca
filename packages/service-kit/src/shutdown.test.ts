import { Writable } from 'node:stream';
import { createLogger } from '@lienthong/telemetry';
import { afterEach, describe, expect, it } from 'vitest';
import { installGracefulShutdown, type GracefulShutdown } from './shutdown.js';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: createLogger({ name: 'shutdown-test', destination }), lines };
}

describe('installGracefulShutdown', () => {
  const installed: GracefulShutdown[] = [];
  const install = (...args: Parameters<typeof installGracefulShutdown>) => {
    const handle = installGracefulShutdown(...args);
    installed.push(handle);
    return handle;
  };
  afterEach(() => {
    for (const handle of installed.splice(0)) handle.uninstall();
  });

  it('runs the steps one after another in order and resolves to 0', async () => {
    const { logger, lines } = capturingLogger();
    const order: string[] = [];
    const step = (name: string, ms: number) => ({
      name,
      run: async () => {
        order.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${name}:end`);
      },
    });
    const { shutdown } = install({
      logger,
      steps: [step('http', 15), step('consumers', 5), step('database', 1)],
      signals: [],
    });
    await expect(shutdown('test')).resolves.toBe(0);
    expect(order).toEqual([
      'http:start',
      'http:end',
      'consumers:start',
      'consumers:end',
      'database:start',
      'database:end',
    ]);
    expect(lines.filter((line) => line['msg'] === 'shutdown step done').map((line) => line['step'])).toEqual([
      'http',
      'consumers',
      'database',
    ]);
  });

  it('logs a failing step, still runs the next ones and resolves to 1', async () => {
    const { logger, lines } = capturingLogger();
    const ran: string[] = [];
    const { shutdown } = install({
      logger,
      signals: [],
      steps: [
        { name: 'relay', run: async () => Promise.reject(new Error('broker gone')) },
        { name: 'database', run: async () => void ran.push('database') },
      ],
    });
    await expect(shutdown()).resolves.toBe(1);
    expect(ran).toEqual(['database']);
    expect(lines.find((line) => line['msg'] === 'shutdown step failed')).toMatchObject({
      step: 'relay',
      err: { message: 'broker gone' },
    });
  });

  it('gives up when the time budget runs out, skipping the remaining steps', async () => {
    const { logger } = capturingLogger();
    const ran: string[] = [];
    const { shutdown } = install({
      logger,
      signals: [],
      timeoutMs: 30,
      steps: [
        { name: 'http', run: () => new Promise<void>(() => undefined) },
        { name: 'database', run: async () => void ran.push('database') },
      ],
    });
    await expect(shutdown()).resolves.toBe(1);
    expect(ran).toEqual([]);
  });

  it('runs the steps only once however often it is asked', async () => {
    const { logger } = capturingLogger();
    let runs = 0;
    const { shutdown } = install({ logger, signals: [], steps: [{ name: 'http', run: async () => void (runs += 1) }] });
    const [first, second] = await Promise.all([shutdown(), shutdown()]);
    expect([first, second, runs]).toEqual([0, 0, 1]);
  });

  it('listens to its signals until uninstalled', () => {
    const { logger } = capturingLogger();
    const before = process.listenerCount('SIGUSR2');
    const handle = installGracefulShutdown({ logger, steps: [], signals: ['SIGUSR2'] });
    expect(process.listenerCount('SIGUSR2')).toBe(before + 1);
    handle.uninstall();
    expect(process.listenerCount('SIGUSR2')).toBe(before);
  });
});
