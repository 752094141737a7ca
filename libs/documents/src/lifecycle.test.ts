import { describe, expect, it } from 'vitest';
import {
  INCOMING_STATES,
  INCOMING_TRANSITIONS,
  OUTGOING_STATES,
  OUTGOING_TRANSITIONS,
  incomingTransition,
  outgoingTransition,
  startIncomingLifecycle,
  startOutgoingLifecycle,
  type IncomingCommand,
  type IncomingLifecycle,
  type IncomingState,
  type OutgoingCommand,
  type OutgoingLifecycle,
  type OutgoingState,
} from './lifecycle.js';

const INCOMING_COMMANDS: readonly IncomingCommand[] = ['register', 'return', 'direct', 'start', 'complete', 'recall'];
const OUTGOING_COMMANDS: readonly OutgoingCommand[] = [
  'consult',
  'submit',
  'revise',
  'approve',
  'sign',
  'number',
  'issue',
  'recall',
  'replace',
];

const created = { by: 'vanthu.hoanghoa', at: new Date('2025-09-15T01:00:00Z') };
const ctx = { by: 'lanhdao.hoanghoa', at: new Date('2025-09-15T02:00:00Z'), note: 'Lý do: gửi nhầm nơi nhận', replacementId: 'doc-2' };

const incomingIn = (status: IncomingState): IncomingLifecycle => ({ ...startIncomingLifecycle(created), status });
const outgoingIn = (status: OutgoingState): OutgoingLifecycle => ({ ...startOutgoingLifecycle(created), status });

describe('transition tables', () => {
  it('send each command to one target state, so a refusal can name it', () => {
    for (const table of [INCOMING_TRANSITIONS, OUTGOING_TRANSITIONS]) {
      const targets = new Map<string, Set<string>>();
      for (const rule of table) targets.set(rule.command, (targets.get(rule.command) ?? new Set()).add(rule.to));
      expect([...targets.values()].every((set) => set.size === 1)).toBe(true);
    }
    expect(new Set(INCOMING_TRANSITIONS.map((rule) => rule.command))).toEqual(new Set(INCOMING_COMMANDS));
    expect(new Set(OUTGOING_TRANSITIONS.map((rule) => rule.command))).toEqual(new Set(OUTGOING_COMMANDS));
  });
});

describe('incomingTransition', () => {
  for (const from of INCOMING_STATES) {
    for (const command of INCOMING_COMMANDS) {
      const rule = INCOMING_TRANSITIONS.find((candidate) => candidate.from === from && candidate.command === command);
      const to = (INCOMING_TRANSITIONS.find((candidate) => candidate.command === command) as { to: IncomingState }).to;
      if (rule) {
        it(`moves ${from} to ${to} on ${command} and records it`, () => {
          const result = incomingTransition(incomingIn(from), command, ctx);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.state.status).toBe(to);
          expect(result.value.state.history).toHaveLength(2);
          expect(result.value.transition).toEqual({ from, to, command, by: ctx.by, at: ctx.at, note: ctx.note });
          expect(result.value.state.history.at(-1)).toEqual(result.value.transition);
        });
      } else {
        it(`refuses ${command} from ${from} (to ${to})`, () => {
          const result = incomingTransition(incomingIn(from), command, ctx);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('TRANSITION_NOT_ALLOWED');
          expect(result.error.kind).toBe('conflict');
          expect(result.error.details).toMatchObject({ from, to, command });
        });
      }
    }
  }

  it('starts at received with a creation entry', () => {
    expect(startIncomingLifecycle({ ...created, note: '  qua trục liên thông  ' })).toEqual({
      status: 'received',
      history: [{ from: null, to: 'received', command: 'create', by: created.by, at: created.at, note: 'qua trục liên thông' }],
    });
  });

  it('follows the whole path and keeps every step in order', () => {
    let lifecycle = startIncomingLifecycle(created);
    for (const command of ['register', 'direct', 'start', 'complete'] as const) {
      const result = incomingTransition(lifecycle, command, { by: 'chuyenvien', at: new Date('2025-09-16T02:00:00Z') });
      if (!result.ok) throw result.error;
      lifecycle = result.value.state;
    }
    expect(lifecycle.history.map((entry) => entry.to)).toEqual(['received', 'registered', 'directed', 'in-progress', 'done']);
    expect(lifecycle.history[1]).not.toHaveProperty('note');
  });

  it('names both states in Vietnamese when it refuses', () => {
    const result = incomingTransition(incomingIn('done'), 'direct', ctx);
    expect(result.ok ? '' : result.error.messageVi).toBe(
      'Không thể chuyển văn bản từ trạng thái "Đã giải quyết xong" sang "Đã có ý kiến chỉ đạo"',
    );
  });

  it('requires a reason to return a document to its sender', () => {
    const result = incomingTransition(incomingIn('received'), 'return', { by: 'vanthu', at: ctx.at, note: '   ' });
    expect(result.ok ? null : result.error.code).toBe('REASON_REQUIRED');
    expect(result.ok ? '' : result.error.messageVi).toContain('Đã trả lại nơi gửi');
  });

  it('requires a reason when the sender recalls a document', () => {
    expect(incomingTransition(incomingIn('in-progress'), 'recall', { by: 'vanthu', at: ctx.at }).ok).toBe(false);
  });
});

describe('outgoingTransition', () => {
  for (const from of OUTGOING_STATES) {
    for (const command of OUTGOING_COMMANDS) {
      const rule = OUTGOING_TRANSITIONS.find((candidate) => candidate.from === from && candidate.command === command);
      const to = (OUTGOING_TRANSITIONS.find((candidate) => candidate.command === command) as { to: OutgoingState }).to;
      if (rule) {
        it(`moves ${from} to ${to} on ${command} and records it`, () => {
          const result = outgoingTransition(outgoingIn(from), command, ctx);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.state.status).toBe(to);
          expect(result.value.state.history.at(-1)).toEqual(result.value.transition);
          expect(result.value.transition).toMatchObject({ from, to, command, by: ctx.by, at: ctx.at, note: ctx.note });
        });
      } else {
        it(`refuses ${command} from ${from} (to ${to})`, () => {
          const result = outgoingTransition(outgoingIn(from), command, ctx);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('TRANSITION_NOT_ALLOWED');
          expect(result.error.details).toMatchObject({ from, to, command });
        });
      }
    }
  }

  it('starts at draft', () => {
    expect(startOutgoingLifecycle(created).status).toBe('draft');
  });

  it('keeps the whole history when an issued document is replaced, with the replacing document', () => {
    let lifecycle = startOutgoingLifecycle(created);
    for (const command of ['consult', 'revise', 'submit', 'approve', 'sign', 'number', 'issue'] as const) {
      const result = outgoingTransition(lifecycle, command, { by: 'chuyenvien', at: new Date('2025-09-16T02:00:00Z') });
      if (!result.ok) throw result.error;
      lifecycle = result.value.state;
    }
    const replaced = outgoingTransition(lifecycle, 'replace', {
      by: 'vanthu',
      at: new Date('2025-09-20T02:00:00Z'),
      note: 'Sai nội dung điều 2',
      replacementId: 'doc-2',
    });
    if (!replaced.ok) throw replaced.error;
    expect(replaced.value.state.history.map((entry) => entry.to)).toEqual([
      'draft',
      'in-consultation',
      'draft',
      'submitted',
      'approved',
      'signed',
      'numbered',
      'issued',
      'replaced',
    ]);
    expect(replaced.value.transition).toMatchObject({ replacementId: 'doc-2', note: 'Sai nội dung điều 2' });
  });

  it('records no replacement on other commands', () => {
    const result = outgoingTransition(outgoingIn('issued'), 'recall', ctx);
    expect(result.ok && result.value.transition).not.toHaveProperty('replacementId');
  });

  it('refuses a replacement that does not name the replacing document', () => {
    const result = outgoingTransition(outgoingIn('issued'), 'replace', { by: 'vanthu', at: ctx.at, note: 'Sai nội dung' });
    expect(result.ok ? null : result.error.code).toBe('REPLACEMENT_REQUIRED');
  });

  it('refuses a recall without a reason', () => {
    const result = outgoingTransition(outgoingIn('issued'), 'recall', { by: 'vanthu', at: ctx.at });
    expect(result.ok ? null : result.error.code).toBe('REASON_REQUIRED');
  });
});
