import { GraphQLError } from 'graphql';
import { bearerToken, isAdminToken, requireAdmin } from '../../../src/api/auth';

describe('admin auth', () => {
  it('reads a bearer token', () => {
    expect(bearerToken('Bearer s3cret')).toBe('s3cret');
    expect(bearerToken('bearer s3cret ')).toBe('s3cret');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('accepts only the configured token, and nothing when none is configured', () => {
    expect(isAdminToken('s3cret', 's3cret')).toBe(true);
    expect(isAdminToken('s3cre', 's3cret')).toBe(false);
    expect(isAdminToken('s3cret-and-more', 's3cret')).toBe(false);
    expect(isAdminToken(undefined, 's3cret')).toBe(false);
    expect(isAdminToken('s3cret', undefined)).toBe(false);
  });

  it('requireAdmin throws UNAUTHENTICATED unless the request is an admin', () => {
    expect(() => requireAdmin({ isAdmin: true })).not.toThrow();
    const error = (() => {
      try {
        requireAdmin({ isAdmin: false });
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('UNAUTHENTICATED');
  });
});
