/** A small service used by the tests: one procedure per behaviour the kit promises. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOMAIN_ERROR_KINDS, defineErrors, err, ok, type DomainErrorKind } from '@lienthong/kernel';
import { z } from 'zod';
import type { ReadinessCheck } from '../readiness.js';
import type { ServiceApi } from '../server.js';
import { createServiceTRPC } from '../trpc.js';
import { unwrap } from '../errors.js';

export const sampleErrors = defineErrors({
  DOCUMENT_INVALID: {
    kind: 'invalid',
    vi: 'Văn bản {documentId} không hợp lệ',
    en: 'Document {documentId} is invalid',
  },
  DOCUMENT_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy văn bản {documentId}',
    en: 'Document {documentId} not found',
  },
  REGISTER_NUMBER_TAKEN: {
    kind: 'conflict',
    vi: 'Số đăng ký {documentId} đã được dùng',
    en: 'Register number {documentId} is taken',
  },
  NOT_YOUR_UNIT: {
    kind: 'forbidden',
    vi: 'Văn bản {documentId} không thuộc đơn vị của bạn',
    en: 'Document {documentId} is not in your unit',
  },
  SIGN_IN_REQUIRED: {
    kind: 'unauthenticated',
    vi: 'Cần đăng nhập để xem {documentId}',
    en: 'Sign in to see {documentId}',
  },
});

export const CODE_BY_KIND = {
  invalid: 'DOCUMENT_INVALID',
  not_found: 'DOCUMENT_NOT_FOUND',
  conflict: 'REGISTER_NUMBER_TAKEN',
  forbidden: 'NOT_YOUR_UNIT',
  unauthenticated: 'SIGN_IN_REQUIRED',
} as const satisfies Record<DomainErrorKind, string>;

export type SampleContext = { caller: string | undefined };

export function createSampleApi(options: { name?: string; readiness?: ReadinessCheck[] } = {}) {
  const { router, publicProcedure } = createServiceTRPC<SampleContext>();
  const calls = { create: 0 };

  const appRouter = router({
    greeting: router({
      hello: publicProcedure
        .input(z.object({ name: z.string().min(2) }))
        .output(z.object({ text: z.string(), at: z.date(), service: z.string() }))
        .query(({ input }) => ({
          text: `Xin chào ${input.name}`,
          at: new Date('2025-07-01T00:00:00.000Z'),
          service: options.name ?? 'sample',
        })),
    }),
    documents: router({
      get: publicProcedure
        .input(z.object({ kind: z.enum(DOMAIN_ERROR_KINDS), documentId: z.string() }))
        .query(({ input }) => unwrap(err(sampleErrors(CODE_BY_KIND[input.kind], { documentId: input.documentId })))),
      find: publicProcedure
        .input(z.object({ documentId: z.string() }))
        .query(({ input }) => unwrap(ok({ id: input.documentId }))),
      create: publicProcedure
        .input(z.object({ title: z.string().min(1), pages: z.number().int().positive(), body: z.string().optional() }))
        .mutation(({ input }) => {
          calls.create += 1;
          return { title: input.title };
        }),
    }),
    whoAmI: publicProcedure.query(({ ctx }) => ({ caller: ctx.caller ?? null })),
    crash: publicProcedure.query(() => {
      throw new Error('relation "intake.secret_table" does not exist');
    }),
  });

  const api: ServiceApi<typeof appRouter> = {
    name: options.name ?? 'sample',
    router: appRouter,
    createContext: ({ req }: { req: IncomingMessage; res: ServerResponse }): SampleContext => {
      const caller = req.headers['x-caller'];
      if (caller === 'anonymous') throw sampleErrors('SIGN_IN_REQUIRED', { documentId: 'context' });
      return { caller: typeof caller === 'string' ? caller : undefined };
    },
    migrate: async () => undefined,
    readiness: options.readiness ?? [],
  };
  return { api, calls };
}

export type SampleRouter = ReturnType<typeof createSampleApi>['api']['router'];
