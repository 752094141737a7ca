import { z } from 'zod';
import { developmentSubject } from '../subject.js';

/** The parts of a Keycloak realm export the development issuer uses; everything else is ignored. */
const RealmUser = z.object({
  id: z.string().min(1).optional(),
  username: z.string().min(1),
  enabled: z.boolean().default(true),
  email: z.string().optional(),
  emailVerified: z.boolean().default(false),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  attributes: z.record(z.string(), z.array(z.string())).default({}),
  credentials: z
    .array(z.object({ type: z.string(), value: z.string().optional(), temporary: z.boolean().optional() }))
    .default([]),
  realmRoles: z.array(z.string()).default([]),
  serviceAccountClientId: z.string().optional(),
});

const RealmClient = z.object({
  clientId: z.string().min(1),
  name: z.string().optional(),
  enabled: z.boolean().default(true),
  publicClient: z.boolean().default(false),
  secret: z.string().optional(),
  rootUrl: z.string().optional(),
  redirectUris: z.array(z.string()).default([]),
  webOrigins: z.array(z.string()).default([]),
  standardFlowEnabled: z.boolean().default(true),
  directAccessGrantsEnabled: z.boolean().default(false),
  serviceAccountsEnabled: z.boolean().default(false),
  attributes: z.record(z.string(), z.string()).default({}),
});

const RealmExport = z.object({
  realm: z.string().min(1),
  accessTokenLifespan: z.number().int().positive().default(300),
  ssoSessionIdleTimeout: z.number().int().positive().default(1800),
  ssoSessionMaxLifespan: z.number().int().positive().default(36_000),
  roles: z.object({ realm: z.array(z.object({ name: z.string() })).default([]) }).default({ realm: [] }),
  clients: z.array(RealmClient).default([]),
  users: z.array(RealmUser).default([]),
});

export type RealmUser = z.infer<typeof RealmUser>;
export type RealmClient = z.infer<typeof RealmClient>;

/** A realm user as the issuer sees it: a stable subject, a password (if any), the claims Keycloak would send. */
export type Account = {
  subject: string;
  username: string;
  enabled: boolean;
  password: string | null;
  givenName: string | null;
  familyName: string | null;
  email: string | null;
  emailVerified: boolean;
  orgId: string | null;
  realmRoles: string[];
};

export type Realm = {
  name: string;
  ttl: { accessToken: number; sessionIdle: number; sessionMax: number };
  roles: string[];
  clients: RealmClient[];
  /** By lower-case user name. */
  accounts: Map<string, Account>;
  accountsBySubject: Map<string, Account>;
  /** Service account per client id (`service-account-<clientId>` users). */
  serviceAccounts: Map<string, Account>;
};

/** Error thrown for a realm file the issuer cannot use; lists zod's issues by path. */
export class RealmFileError extends Error {
  constructor(detail: string) {
    super(`realm.json is not a usable Keycloak realm export: ${detail}`);
    this.name = 'RealmFileError';
  }
}

/**
 * Validates a parsed realm.json (Keycloak's export format) and indexes its users.
 * Invariants: a user's subject is its `id` when the file has one, otherwise stable across restarts; only plain
 * `password` credentials with a `value` can be used to sign in (hashed credentials cannot be checked here).
 */
export function readRealm(input: unknown): Realm {
  const parsed = RealmExport.safeParse(input);
  if (!parsed.success) {
    throw new RealmFileError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '),
    );
  }
  const realm = parsed.data;
  const accounts = new Map<string, Account>();
  const accountsBySubject = new Map<string, Account>();
  const serviceAccounts = new Map<string, Account>();
  for (const user of realm.users) {
    const account = toAccount(realm.realm, user);
    // Keycloak keeps user names in lower case and compares them case-insensitively.
    accounts.set(account.username.toLowerCase(), account);
    accountsBySubject.set(account.subject, account);
    if (user.serviceAccountClientId) serviceAccounts.set(user.serviceAccountClientId, account);
  }
  return {
    name: realm.realm,
    ttl: {
      accessToken: realm.accessTokenLifespan,
      sessionIdle: realm.ssoSessionIdleTimeout,
      sessionMax: realm.ssoSessionMaxLifespan,
    },
    roles: realm.roles.realm.map((role) => role.name),
    clients: realm.clients.filter((client) => client.enabled),
    accounts,
    accountsBySubject,
    serviceAccounts,
  };
}

function toAccount(realmName: string, user: RealmUser): Account {
  const password = user.credentials.find((c) => c.type === 'password' && c.value !== undefined)?.value ?? null;
  return {
    subject: user.id ?? developmentSubject(realmName, user.username),
    username: user.username,
    enabled: user.enabled,
    password,
    givenName: user.firstName ?? null,
    familyName: user.lastName ?? null,
    email: user.email ?? null,
    emailVerified: user.emailVerified,
    orgId: user.attributes['org_id']?.[0] ?? null,
    realmRoles: user.realmRoles,
  };
}

/** Keycloak's `name` claim: first name, a space, last name (western order, as Keycloak writes it). */
export function fullName(account: Account): string | undefined {
  const parts = [account.givenName, account.familyName].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : undefined;
}
