import { err, ok, type Result } from '@lienthong/kernel';
import { registerError, type RegisterError } from './register-errors.js';

/** States of an incoming document (Decree 30 Điều 20: receive, register, submit and route, handle). */
export const INCOMING_STATES = ['received', 'registered', 'directed', 'in-progress', 'done', 'returned', 'recalled'] as const;
export type IncomingState = (typeof INCOMING_STATES)[number];
export const INCOMING_STATE_LABELS: Readonly<Record<IncomingState, string>> = {
  received: 'Đã tiếp nhận',
  registered: 'Đã vào sổ',
  directed: 'Đã có ý kiến chỉ đạo',
  'in-progress': 'Đang giải quyết',
  done: 'Đã giải quyết xong',
  returned: 'Đã trả lại nơi gửi',
  recalled: 'Đã bị nơi gửi thu hồi',
};

/** States of an outgoing document (Điều 10–19: draft, consult, submit, approve, sign, number, issue; recall, replace). */
export const OUTGOING_STATES = [
  'draft',
  'in-consultation',
  'submitted',
  'approved',
  'signed',
  'numbered',
  'issued',
  'recalled',
  'replaced',
] as const;
export type OutgoingState = (typeof OUTGOING_STATES)[number];
export const OUTGOING_STATE_LABELS: Readonly<Record<OutgoingState, string>> = {
  draft: 'Dự thảo',
  'in-consultation': 'Đang lấy ý kiến',
  submitted: 'Đã trình duyệt',
  approved: 'Đã duyệt',
  signed: 'Đã ký',
  numbered: 'Đã cấp số',
  issued: 'Đã phát hành',
  recalled: 'Đã thu hồi',
  replaced: 'Đã bị thay thế',
};

export type IncomingCommand = 'register' | 'return' | 'direct' | 'start' | 'complete' | 'recall';
export type OutgoingCommand = 'consult' | 'submit' | 'revise' | 'approve' | 'sign' | 'number' | 'issue' | 'recall' | 'replace';

/** One allowed move. Each command always leads to the same state, so a refused command names its target too. */
export type TransitionRule<S extends string, C extends string> = { readonly from: S; readonly command: C; readonly to: S };

/**
 * Every allowed move of an incoming document; any other (state, command) pair is refused. A document is returned to
 * its sender when it fails the checks or is misaddressed (Điều 21.2.b), before it is directed; the sender may recall
 * it at any time until it is returned (Phụ lục VI Part I §III.8.b: the receiver deletes the content, the history stays).
 */
export const INCOMING_TRANSITIONS: readonly TransitionRule<IncomingState, IncomingCommand>[] = [
  { from: 'received', command: 'register', to: 'registered' },
  { from: 'received', command: 'return', to: 'returned' },
  { from: 'registered', command: 'return', to: 'returned' },
  { from: 'registered', command: 'direct', to: 'directed' },
  { from: 'directed', command: 'start', to: 'in-progress' },
  { from: 'in-progress', command: 'complete', to: 'done' },
  { from: 'received', command: 'recall', to: 'recalled' },
  { from: 'registered', command: 'recall', to: 'recalled' },
  { from: 'directed', command: 'recall', to: 'recalled' },
  { from: 'in-progress', command: 'recall', to: 'recalled' },
  { from: 'done', command: 'recall', to: 'recalled' },
];

/**
 * Every allowed move of an outgoing document; any other pair is refused. Consultation is optional; the drafter gets the
 * draft back after consultation, when the reviewer sends it back (Điều 10.3), or when an approved draft needs changes
 * (Điều 11.2). Only an issued document is recalled (Điều 18.4) or replaced by a new one (Điều 18.3).
 */
export const OUTGOING_TRANSITIONS: readonly TransitionRule<OutgoingState, OutgoingCommand>[] = [
  { from: 'draft', command: 'consult', to: 'in-consultation' },
  { from: 'draft', command: 'submit', to: 'submitted' },
  { from: 'in-consultation', command: 'submit', to: 'submitted' },
  { from: 'in-consultation', command: 'revise', to: 'draft' },
  { from: 'submitted', command: 'revise', to: 'draft' },
  { from: 'submitted', command: 'approve', to: 'approved' },
  { from: 'approved', command: 'revise', to: 'draft' },
  { from: 'approved', command: 'sign', to: 'signed' },
  { from: 'signed', command: 'number', to: 'numbered' },
  { from: 'numbered', command: 'issue', to: 'issued' },
  { from: 'issued', command: 'recall', to: 'recalled' },
  { from: 'issued', command: 'replace', to: 'replaced' },
];

/** Commands that must say why: the sender or the recipients are told (Điều 18.3, 18.4, 21.2.b). */
const COMMANDS_NEEDING_REASON: ReadonlySet<string> = new Set(['return', 'recall', 'replace']);

/** Who moves the document, when and why; `replacementId` names the new document when one replaces this one. */
export type TransitionContext = {
  readonly by: string;
  readonly at: Date;
  readonly note?: string;
  readonly replacementId?: string;
};

/** One line of history: `from` is null for the first state. */
export type HistoryEntry<S extends string, C extends string> = {
  readonly from: S | null;
  readonly to: S;
  readonly command: C | 'create';
  readonly by: string;
  readonly at: Date;
  readonly note?: string;
  readonly replacementId?: string;
};

/** A document's state with its whole history, oldest first; recall and replacement keep it. */
export type Lifecycle<S extends string, C extends string> = {
  readonly status: S;
  readonly history: readonly HistoryEntry<S, C>[];
};
export type IncomingLifecycle = Lifecycle<IncomingState, IncomingCommand>;
export type OutgoingLifecycle = Lifecycle<OutgoingState, OutgoingCommand>;

export type TransitionResult<S extends string, C extends string> = Result<
  { state: Lifecycle<S, C>; transition: HistoryEntry<S, C> },
  RegisterError
>;

function start<S extends string, C extends string>(state: S, ctx: TransitionContext): Lifecycle<S, C> {
  const entry: HistoryEntry<S, C> = { from: null, to: state, command: 'create', by: ctx.by, at: ctx.at, ...note(ctx) };
  return { status: state, history: [entry] };
}

function note(ctx: TransitionContext): { note?: string } {
  const trimmed = ctx.note?.trim();
  return trimmed ? { note: trimmed } : {};
}

function move<S extends string, C extends string>(
  rules: readonly TransitionRule<S, C>[],
  labels: Readonly<Record<S, string>>,
  lifecycle: Lifecycle<S, C>,
  command: C,
  ctx: TransitionContext,
): TransitionResult<S, C> {
  const from = lifecycle.status;
  const rule = rules.find((candidate) => candidate.from === from && candidate.command === command);
  if (!rule) {
    // Every command appears in its table, so its target is known even when this move is refused.
    const to = (rules.find((candidate) => candidate.command === command) as TransitionRule<S, C>).to;
    return err(registerError('TRANSITION_NOT_ALLOWED', { from, to, command, fromLabel: labels[from], toLabel: labels[to] }));
  }
  const reason = note(ctx);
  if (COMMANDS_NEEDING_REASON.has(command) && !reason.note) {
    return err(registerError('REASON_REQUIRED', { to: rule.to, command, toLabel: labels[rule.to] }));
  }
  if (command === 'replace' && !ctx.replacementId) {
    return err(registerError('REPLACEMENT_REQUIRED', {}));
  }
  const replacement = command === 'replace' ? { replacementId: ctx.replacementId } : {};
  const transition: HistoryEntry<S, C> = { from, to: rule.to, command, by: ctx.by, at: ctx.at, ...reason, ...replacement };
  return ok({ state: { status: rule.to, history: [...lifecycle.history, transition] }, transition });
}

/** The lifecycle of a document just received (tiếp nhận), before it is registered. */
export function startIncomingLifecycle(ctx: TransitionContext): IncomingLifecycle {
  return start('received', ctx);
}

/** The lifecycle of a new draft (dự thảo). */
export function startOutgoingLifecycle(ctx: TransitionContext): OutgoingLifecycle {
  return start('draft', ctx);
}

/**
 * Applies `command` to an incoming document per `INCOMING_TRANSITIONS`, appending to its history.
 * Fails with `TRANSITION_NOT_ALLOWED` (details from, to, command) or `REASON_REQUIRED` (return, recall without a note).
 */
export function incomingTransition(
  lifecycle: IncomingLifecycle,
  command: IncomingCommand,
  ctx: TransitionContext,
): TransitionResult<IncomingState, IncomingCommand> {
  return move(INCOMING_TRANSITIONS, INCOMING_STATE_LABELS, lifecycle, command, ctx);
}

/**
 * Applies `command` to an outgoing document per `OUTGOING_TRANSITIONS`, appending to its history.
 * Fails with `TRANSITION_NOT_ALLOWED` (details from, to, command), `REASON_REQUIRED` (recall, replace without a note)
 * or `REPLACEMENT_REQUIRED` (replace without `ctx.replacementId`).
 */
export function outgoingTransition(
  lifecycle: OutgoingLifecycle,
  command: OutgoingCommand,
  ctx: TransitionContext,
): TransitionResult<OutgoingState, OutgoingCommand> {
  return move(OUTGOING_TRANSITIONS, OUTGOING_STATE_LABELS, lifecycle, command, ctx);
}
