import { z } from 'zod';

export type EnvSource = Record<string, string | undefined>;

export type EnvShape = z.ZodRawShape;

export type EnvDefinition<Shape extends EnvShape> = {
  readonly schema: z.ZodObject<Shape>;
  /** Parses `source` (default `process.env`); throws `EnvError` listing every bad variable. */
  load(source?: EnvSource): z.output<z.ZodObject<Shape>>;
};

/** One problem with one variable, already safe to print. */
export type EnvProblem = { variable: string; message: string };

/**
 * The environment of a deployable did not parse. Its message lists every problem, one per line, and never contains
 * a secret: variables named like PASSWORD/SECRET/TOKEN/KEY are shown as [redacted], URL passwords as ***.
 */
export class EnvError extends Error {
  readonly problems: readonly EnvProblem[];

  constructor(problems: readonly EnvProblem[]) {
    const lines = problems.map((problem) => `  ${problem.variable}: ${problem.message}`);
    const noun = problems.length === 1 ? 'variable' : 'variables';
    super(`Invalid environment: ${problems.length} ${noun}\n${lines.join('\n')}`);
    this.name = 'EnvError';
    this.problems = problems;
  }
}

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY/i;

/**
 * The environment contract of one deployable, from zod fragments (`{ ...serverEnv, ...otelEnv, DATABASE_URL }`).
 * Invariants: empty strings count as unset (so defaults apply); every bad variable is reported, not the first.
 */
export function defineEnv<Shape extends EnvShape>(shape: Shape): EnvDefinition<Shape> {
  const schema = z.object(shape);
  return {
    schema,
    load(source: EnvSource = process.env) {
      const values: EnvSource = {};
      for (const key of Object.keys(shape)) {
        const value = source[key];
        values[key] = value === '' ? undefined : value;
      }
      const parsed = schema.safeParse(values, { error: describeIssue });
      if (parsed.success) return parsed.data;
      throw new EnvError(parsed.error.issues.map((issue) => toProblem(issue, values)));
    },
  };
}

/** The variables every HTTP service reads. */
export const serverEnv = {
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080).describe('TCP port of the HTTP server.'),
  HOST: z.string().min(1).default('0.0.0.0').describe('Interface the HTTP server binds to.'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Lowest pino level written.'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1_048_576)
    .describe('Largest request body accepted; larger ones get 413.'),
};

/**
 * `env.load(source)`, or, when the environment is invalid, the problem list on stderr and exit code 1.
 * Only composition roots (`env.ts` of a deployable) call it.
 */
export function loadEnvOrExit<Shape extends EnvShape>(
  env: EnvDefinition<Shape>,
  source?: EnvSource,
): z.output<z.ZodObject<Shape>> {
  try {
    return env.load(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return process.exit(1);
  }
}

function toProblem(issue: z.core.$ZodIssue, values: EnvSource): EnvProblem {
  const variable = issue.path.map(String).join('.');
  const raw = values[String(issue.path[0])];
  if (raw === undefined) return { variable, message: issue.message };
  return { variable, message: `${issue.message}, got ${display(variable, raw)}` };
}

function display(variable: string, value: string): string {
  if (SECRET_NAME.test(variable)) return '[redacted]';
  return JSON.stringify(withoutUrlPassword(value));
}

function withoutUrlPassword(value: string): string {
  if (!URL.canParse(value)) return value;
  const url = new URL(value);
  if (!url.password) return value;
  url.password = '***';
  return url.toString();
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  string: 'text',
  bigint: 'an integer',
  date: 'a date',
};

/** Messages for zod's built-in checks, written for the person fixing a deployment; a schema's own message wins. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'required, but not set';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${lengthUnit(issue.origin)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${lengthUnit(issue.origin)}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'expected a URL' : `expected the ${issue.format} format`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
}

function lengthUnit(origin: string): string {
  return origin === 'string' ? ' characters' : '';
}
