import { configureProfileClient, fetchUserAttributes, signUp } from './default-client';
import { ProfileBffError } from './profile-bff-error';

describe('top-level functions (configureProfileClient)', () => {
  it('throw AuthUserPoolException, as Amplify does, until configured', async () => {
    const error = await signUp({ username: 'u@example.com', password: 'p' }).catch((e) => e);
    expect(error).toBeInstanceOf(ProfileBffError);
    expect(error.name).toBe('AuthUserPoolException');
  });

  it('use the client of the last configureProfileClient call', async () => {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return new Response(JSON.stringify({ attributes: { name: 'N' } }), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    configureProfileClient({ baseUrl: 'https://old.test', accessToken: () => 't', fetch });
    configureProfileClient({ baseUrl: 'https://bff.test', accessToken: () => 't', fetch });
    await expect(fetchUserAttributes()).resolves.toEqual({ name: 'N' });
    expect(urls).toEqual(['https://bff.test/me/attributes']);
  });
});
