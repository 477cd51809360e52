import { RouteTable } from './known-routes';

describe('RouteTable', () => {
  const table = new RouteTable([
    { method: 'GET', path: 'me/attributes' },
    { method: 'PATCH', path: '/me/attributes' },
    { method: 'POST', path: '/me/attributes/:key/verify' },
    { method: 'GET', path: '/users/:username/attributes' },
  ]);

  it('lists the methods of a known path, HEAD with GET', () => {
    expect(table.allowed('/me/attributes')).toEqual(['GET', 'HEAD', 'PATCH']);
    expect(table.allowed('/me/attributes/')).toEqual(['GET', 'HEAD', 'PATCH']);
    expect(table.allowed('/me/attributes/email/verify')).toEqual(['POST']);
    expect(table.allowed('/users/demo%40example.com/attributes')).toEqual(['GET', 'HEAD']);
  });

  it('knows nothing of other paths', () => {
    expect(table.allowed('/me')).toBeUndefined();
    expect(table.allowed('/me/attributes/email')).toBeUndefined();
    expect(table.allowed('/users//attributes')).toBeUndefined();
  });
});
