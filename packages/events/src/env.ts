import { z } from 'zod';

const emptyAsMissing = (value: unknown): unknown => (value === '' ? undefined : value);

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:]+\]:\d{1,5}$/;

/**
 * Env keys of `@lienthong/events`, spread by a deployable into its env object: `defineEnv({ ...kafkaEnv, … })`.
 * KAFKA_BROKERS unset (or empty) means the in-process transport; set, a comma-separated `host:port` list.
 */
export const kafkaEnv = {
  KAFKA_BROKERS: z
    .preprocess(
      emptyAsMissing,
      z
        .string()
        .transform((value) =>
          value
            .split(',')
            .map((broker) => broker.trim())
            .filter((broker) => broker !== ''),
        )
        .pipe(
          z
            .array(
              z.string().regex(HOST_PORT, {
                error:
                  'mỗi broker Kafka phải có dạng máy_chủ:cổng, cách nhau bằng dấu phẩy ' +
                  '/ each Kafka broker must look like host:port, separated by commas',
              }),
            )
            .min(1),
        )
        .optional(),
    )
    .describe('Kafka bootstrap brokers, comma-separated host:port; unset to use the in-process transport'),
  KAFKA_CLIENT_ID: z
    .preprocess(emptyAsMissing, z.string().min(1).optional())
    .describe('kafkajs client id; defaults to the service name'),
};
