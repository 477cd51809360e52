import { resolve } from 'node:path';
import { AppError } from '../../common/errors/app-error';
import type { Attributes } from '../../identity-provider/identity-provider';
import type { AttributeTarget } from './attribute-target';
import { AttributeWriter } from './attribute-writer';
import { loadAttributePolicy } from '../../attribute-policy';
import type { VerificationSettings } from '../verification/verification-settings';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));
const verification = {
  rules: () =>
    Promise.resolve({
      verifiable: new Set(['email', 'phone_number']),
      pendingPossible: () => true,
    }),
} as unknown as VerificationSettings;

/** A target that records calls and fails the email call with `failure`. */
function fakeTarget(held: Attributes, failure?: AppError) {
  const calls: string[] = [];
  const target: AttributeTarget = {
    read: () => {
      calls.push('read');
      return Promise.resolve({ ...held });
    },
    update: (attributes) => {
      calls.push(`update ${Object.keys(attributes).join(',')}`);
      if (failure && 'email' in attributes) return Promise.reject(failure);
      Object.assign(held, attributes);
      return Promise.resolve([]);
    },
    delete: (names) => {
      calls.push(`delete ${names.join(',')}`);
      for (const name of names) delete held[name];
      return Promise.resolve();
    },
  };
  return { target, calls, held };
}

describe('AttributeWriter', () => {
  const writer = new AttributeWriter(policy, verification);
  const start = (): Attributes => ({ email: 'a@example.com', email_verified: 'true', name: 'A' });

  it('sends plain attributes first, then the ones needing verification', async () => {
    const { target, calls } = fakeTarget(start());
    await writer.update(
      { target, audience: 'self' },
      { attributes: { email: 'b@example.com', name: 'B' } },
    );
    expect(calls).toEqual(['read', 'update name', 'update email', 'read']);
  });

  it('undoes the first call when Cognito refuses the second', async () => {
    const { target, calls, held } = fakeTarget(start(), new AppError('alias-exists'));
    await expect(
      writer.update(
        { target, audience: 'self' },
        { attributes: { email: 'b@example.com', name: 'B', website: 'https://x.example' } },
      ),
    ).rejects.toMatchObject({ code: 'alias-exists' });
    expect(calls).toEqual([
      'read',
      'update name,website',
      'update email',
      'update name',
      'delete website',
    ]);
    expect(held).toEqual(start());
  });

  it('does not undo after a timeout: the second call may have landed', async () => {
    const { target, calls } = fakeTarget(start(), new AppError('upstream-timeout'));
    await expect(
      writer.update(
        { target, audience: 'self' },
        { attributes: { email: 'b@example.com', name: 'B' } },
      ),
    ).rejects.toMatchObject({ code: 'upstream-timeout' });
    expect(calls).toEqual(['read', 'update name', 'update email']);
  });

  it('checks If-Match before writing and after validating', async () => {
    const { target, calls } = fakeTarget(start());
    await expect(
      writer.update(
        { target, audience: 'self', ifMatch: '"stale"' },
        { attributes: { name: 'B' } },
      ),
    ).rejects.toMatchObject({ code: 'precondition-failed' });
    await expect(
      writer.update({ target, audience: 'self', ifMatch: '"stale"' }, { attributes: { sub: 'x' } }),
    ).rejects.toMatchObject({ code: 'attribute-not-writable' });
    expect(calls).toEqual(['read']);
  });

  it('makes no call at all when nothing changes', async () => {
    const { target, calls } = fakeTarget(start());
    const result = await writer.update({ target, audience: 'self' }, { attributes: { name: 'A' } });
    expect(calls).toEqual(['read']);
    expect(result.body.attributes.name.isUpdated).toBe(true);
  });

  it('reads once for a plain update: the new state is what was sent', async () => {
    const { target, calls } = fakeTarget(start());
    const before = await writer.update({ target, audience: 'self' }, { attributes: { name: 'A' } });
    calls.length = 0;
    const result = await writer.update(
      { target, audience: 'self', ifMatch: before.etag },
      { attributes: { name: 'B', website: 'https://b.example' } },
    );
    expect(calls).toEqual(['read', 'update name,website']);
    expect(result.body.attributes.name).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'DONE' },
    });
    // The ETag is the one a read of what Cognito now holds gives.
    const read = await writer.update({ target, audience: 'self' }, { attributes: { name: 'B' } });
    expect(result.etag).toBe(read.etag);
  });

  it('reads back after a verifiable change: only Cognito knows whether it is pending', async () => {
    const { target, calls } = fakeTarget(start());
    await writer.update({ target, audience: 'self' }, { attributes: { email: 'b@example.com' } });
    expect(calls).toEqual(['read', 'update email', 'read']);
  });

  it('deletes with If-Match from one read, and without it reads once afterwards', async () => {
    const { target, calls } = fakeTarget({ ...start(), website: 'https://a.example' });
    const withoutIfMatch = await writer.delete({ target, audience: 'self' }, ['website']);
    expect(calls).toEqual(['delete website', 'read']);
    const added = await writer.update(
      { target, audience: 'self' },
      { attributes: { locale: 'en' } },
    );
    calls.length = 0;
    const withIfMatch = await writer.delete({ target, audience: 'self', ifMatch: added.etag }, [
      'locale',
    ]);
    expect(calls).toEqual(['read', 'delete locale']);
    expect(withIfMatch.etag).toBe(withoutIfMatch.etag);
  });
});
