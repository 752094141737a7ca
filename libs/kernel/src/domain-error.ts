/**
 * The kinds a domain error can have. Services map each kind to one transport status in one table
 * (`@lienthong/service-kit`); libraries never know about HTTP.
 */
export const DOMAIN_ERROR_KINDS = ['invalid', 'not_found', 'conflict', 'forbidden', 'unauthenticated'] as const;
export type DomainErrorKind = (typeof DOMAIN_ERROR_KINDS)[number];

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** What a catalogue says about one error code: its kind and its messages, Vietnamese first. */
export type ErrorDescriptor = {
  readonly kind: DomainErrorKind;
  /** Vietnamese message; `{name}` is replaced by `details.name`. */
  readonly vi: string;
  /** English message; same placeholders. */
  readonly en: string;
};

/**
 * A rule violation: a stable UPPER_SNAKE `code`, a `kind`, messages in Vietnamese and English, and details.
 * Invariant: `message` is the English text, so logs stay greppable; users see `messageVi` or the portal's own text.
 */
export class DomainError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly kind: DomainErrorKind;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details: ErrorDetails;

  constructor(input: { code: Code; kind: DomainErrorKind; vi: string; en: string; details?: ErrorDetails }) {
    super(input.en);
    this.name = 'DomainError';
    this.code = input.code;
    this.kind = input.kind;
    this.messageVi = input.vi;
    this.messageEn = input.en;
    this.details = input.details ?? {};
  }

  toJSON(): { code: Code; kind: DomainErrorKind; messageVi: string; messageEn: string; details: ErrorDetails } {
    return { code: this.code, kind: this.kind, messageVi: this.messageVi, messageEn: this.messageEn, details: this.details };
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

function interpolate(template: string, details: ErrorDetails): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = details[key];
    if (value === undefined || value === null) return whole;
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

/**
 * Builds the error factory of one domain from its catalogue, so that every code has exactly one kind and one pair
 * of messages. Usage: `const orgError = defineErrors({ UNIT_NOT_FOUND: { kind: 'not_found', vi, en } });`
 * then `err(orgError('UNIT_NOT_FOUND', { unitId }))`.
 */
export function defineErrors<const Catalog extends Record<string, ErrorDescriptor>>(catalog: Catalog) {
  type Code = Extract<keyof Catalog, string>;
  const create = (code: Code, details: ErrorDetails = {}): DomainError<Code> => {
    // `code` is a key of the catalogue by its type, so the entry exists.
    const descriptor = catalog[code] as ErrorDescriptor;
    return new DomainError<Code>({
      code,
      kind: descriptor.kind,
      vi: interpolate(descriptor.vi, details),
      en: interpolate(descriptor.en, details),
      details,
    });
  };
  return Object.assign(create, { catalog, codes: Object.keys(catalog) as Code[] });
}
