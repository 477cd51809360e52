import { classifyRoute } from './classify-route';

describe('classifyRoute', () => {
  it.each([
    ['GET', '/me/attributes', false, { bucket: 'read', keyBy: 'user' }],
    ['PATCH', '/me/attributes', false, { bucket: 'write', keyBy: 'user' }],
    ['DELETE', '/me/attributes', false, { bucket: 'write', keyBy: 'user' }],
    ['POST', '/me/attributes/:key/verification-code', false, { bucket: 'verify', keyBy: 'user' }],
    ['POST', '/me/attributes/:key/verify', false, { bucket: 'verify', keyBy: 'user' }],
    ['GET', '/users/:username/attributes', false, { bucket: 'read', keyBy: 'user' }],
    ['PATCH', '/users/:username/attributes', false, { bucket: 'write', keyBy: 'user' }],
    ['POST', '/sign-up', true, { bucket: 'sign-up', keyBy: 'ip' }],
    ['POST', '/sign-up/confirm', true, { bucket: 'sign-up', keyBy: 'ip' }],
    ['POST', '/sign-up/resend-code', true, { bucket: 'sign-up', keyBy: 'ip' }],
  ] as const)('%s %s → %j', (method, path, isPublic, rule) => {
    expect(classifyRoute({ method, path, isPublic })).toEqual(rule);
  });

  it.each([
    ['GET', '/health/ready'],
    ['GET', '/attributes/schema'],
    ['GET', '/metrics'],
    ['GET', '/sign-upgrade'],
  ])('leaves public %s %s unlimited', (method, path) => {
    expect(classifyRoute({ method, path, isPublic: true })).toBeUndefined();
  });

  it('lets a decorator choose the bucket or opt out', () => {
    expect(
      classifyRoute({ method: 'POST', path: '/x', isPublic: true, declared: 'sign-up' }),
    ).toEqual({ bucket: 'sign-up', keyBy: 'ip' });
    expect(
      classifyRoute({ method: 'GET', path: '/me/x', isPublic: false, declared: 'verify' }),
    ).toEqual({ bucket: 'verify', keyBy: 'user' });
    expect(
      classifyRoute({ method: 'POST', path: '/sign-up', isPublic: true, declared: null }),
    ).toBeUndefined();
  });
});
