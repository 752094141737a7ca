import { createTokenVerifier, type Principal } from '@lienthong/auth';
import { createBusinessCalendar, type BusinessCalendar, type YearSchedule } from '@lienthong/calendar';
import { createTestDatabase } from '@lienthong/db/testing';
import { createEnvelope, type CloudEvent, type EventTransport } from '@lienthong/events';
import { createIdGenerator, manualClock, type EventPayload } from '@lienthong/kernel';
import { createLogger } from '@lienthong/telemetry';
import { procedureToJson, receiveDossier, type ProcedureDefinition } from '@lienthong/workflows';
import { calendarScheduleSet, dossierReceived } from '@lienthong/workflows/events';
import { aProcedure } from '@lienthong/workflows/testing';
import { createContextFactory } from './context.js';
import { createRoutingApi, routingMigrations } from './index.js';
import { createCallerFactory } from './trpc.js';

/** A migrated, isolated database (PGlite, or PostgreSQL when DATABASE_URL is set), the routing api, and callers. */
export async function createRoutingTestHarness(now = '2025-09-15T02:00:00Z') {
  const database = await createTestDatabase([routingMigrations]);
  const clock = manualClock(now);
  const logger = createLogger({ name: 'routing-test', level: 'silent' });
  // Procedure tests pass principals directly; no token reaches this verifier.
  const verifier = createTokenVerifier({ issuer: 'http://127.0.0.1:1/realms/unused', audience: 'lienthong-api' });
  const deps = { database, clock, ids: createIdGenerator(clock), logger, verifier };
  const api = createRoutingApi(deps);
  await api.migrate();
  const contexts = createContextFactory(deps);
  const callerFor = (principal: Principal | null) => createCallerFactory(api.router)(contexts.forPrincipal(principal));
  return { database, clock, api, deps, callerFor, close: () => database.close() };
}

export type RoutingTestHarness = Awaited<ReturnType<typeof createRoutingTestHarness>>;

/** A business calendar for building test events: the shipped schedules, plus `schedules` in place of theirs. */
export function testCalendar(schedules: YearSchedule[] = []): BusinessCalendar {
  const calendar = createBusinessCalendar({ schedules });
  if (!calendar.ok) throw calendar.error;
  return calendar.value;
}

const eventIds = createIdGenerator(manualClock('2026-01-01T00:00:00Z'));

/**
 * A `dossier.received` envelope as intake would publish it: the procedure as `procedureToJson` writes it and the
 * appointment of `receiveDossier` on `calendar` (or `appointment`, to show that routing keeps the receipt's).
 */
export function dossierReceivedEvent(options: {
  code: string;
  receivedAt: string;
  procedure?: ProcedureDefinition;
  orgId?: string;
  applicant?: EventPayload<typeof dossierReceived>['applicant'];
  calendar?: BusinessCalendar;
  appointment?: Partial<EventPayload<typeof dossierReceived>['appointment']>;
  dossierId?: string;
}): CloudEvent<EventPayload<typeof dossierReceived>> {
  const procedure = options.procedure ?? aProcedure().build();
  const orgId = options.orgId ?? 'th-ubnd-xa-hoang-hoa';
  const receivedAt = new Date(options.receivedAt);
  const { appointment } = receiveDossier(
    { code: options.code, procedure, unitId: orgId, receivedAt, by: 'vanthu.hoanghoa' },
    options.calendar ?? testCalendar(),
  );
  const payload: EventPayload<typeof dossierReceived> = {
    dossierId: options.dossierId ?? eventIds(),
    code: options.code,
    orgId,
    procedure: JSON.parse(procedureToJson(procedure)) as Record<string, unknown>,
    applicant: options.applicant ?? { name: 'Nguyễn Văn An', idNumber: '038090001234' },
    receivedAt: receivedAt.toISOString(),
    receivedBy: 'vanthu.hoanghoa',
    appointment: {
      ...appointment,
      instant: appointment.instant.toISOString(),
      startAt: appointment.startAt.toISOString(),
      ...options.appointment,
    },
  };
  return createEnvelope(dossierReceived, payload, { id: eventIds(), source: '/lienthong/intake', tenant: orgId, time: receivedAt });
}

/** A `calendar.schedule-set` envelope. */
export function scheduleSetEvent(schedule: YearSchedule, setAt: string): CloudEvent<EventPayload<typeof calendarScheduleSet>> {
  return createEnvelope(
    calendarScheduleSet,
    { schedule, setBy: 'quantri', setAt: new Date(setAt).toISOString() },
    { id: eventIds(), source: '/lienthong/admin', tenant: 'th-ubnd-tinh', time: new Date(setAt) },
  );
}

/** Publishes envelopes (or raw message values) on the `dossiers` topic, in order. */
export async function publishDossierEvents(transport: EventTransport, ...events: (CloudEvent<unknown> | string)[]): Promise<void> {
  await transport.publish(
    events.map((event) => ({
      topic: 'dossiers',
      key: typeof event === 'string' ? 'raw' : (event.subject ?? event.id),
      value: typeof event === 'string' ? event : JSON.stringify(event),
      headers: {},
    })),
  );
}
