import { describe, expect, it } from 'vitest';
import { formatTarget, parsePostgresUrl, withDatabaseName } from './connection-url.js';
import { DatabaseConfigError } from './errors.js';

describe('parsePostgresUrl', () => {
  it('reads host, port and database', () => {
    expect(parsePostgresUrl('postgres://postgres@127.0.0.1:5432/test')).toEqual({
      host: '127.0.0.1',
      port: '5432',
      database: 'test',
    });
  });

  it('defaults the port to 5432 and the database to the user name', () => {
    expect(formatTarget(parsePostgresUrl('postgresql://app:secret@db.example.vn'))).toBe('db.example.vn:5432/app');
  });

  it('reads a socket directory given as ?host=', () => {
    expect(formatTarget(parsePostgresUrl('postgres:///lienthong?host=/var/run/postgresql'))).toBe(
      '/var/run/postgresql:5432/lienthong',
    );
  });

  it('never puts the password in the target', () => {
    expect(formatTarget(parsePostgresUrl('postgres://app:s3cret@10.0.0.5:6432/intake'))).not.toContain('s3cret');
  });

  it.each(['not a url', 'http://127.0.0.1:5432/test', 'mysql://root@localhost/db'])(
    'rejects %s with DatabaseConfigError',
    (url) => {
      expect(() => parsePostgresUrl(url)).toThrow(DatabaseConfigError);
    },
  );

  it('does not repeat a malformed URL, which may contain a password', () => {
    expect(() => parsePostgresUrl('postgres://app:s3cret@[bad')).toThrow(/^DATABASE_URL is not valid/);
    try {
      parsePostgresUrl('postgres://app:s3cret@[bad');
    } catch (error) {
      expect((error as DatabaseConfigError).messageVi).not.toContain('s3cret');
      expect((error as DatabaseConfigError).messageEn).not.toContain('s3cret');
    }
  });
});

describe('withDatabaseName', () => {
  it('keeps server, credentials and options and replaces the database', () => {
    expect(withDatabaseName('postgres://app:pw@127.0.0.1:5432/postgres?sslmode=disable', 'lt_test_ab12')).toBe(
      'postgres://app:pw@127.0.0.1:5432/lt_test_ab12?sslmode=disable',
    );
  });

  it('adds a database to a URL without one', () => {
    expect(withDatabaseName('postgres://postgres@127.0.0.1:5432', 'lt_test_ab12')).toBe(
      'postgres://postgres@127.0.0.1:5432/lt_test_ab12',
    );
  });
});
