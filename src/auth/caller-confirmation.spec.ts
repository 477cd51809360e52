import { AppError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import type { AdminUserRecord, IdentityProvider } from '../identity-provider/identity-provider';
import type { AuthenticatedUser } from './authenticated-user';
import { CallerConfirmation } from './caller-confirmation';

const admin: AuthenticatedUser = {
  sub: 's-1',
  username: 's-1',
  clientId: 'c1',
  groups: ['admin'],
  scopes: [],
  expiresAt: 0,
  accessToken: 'header.payload.signature',
};

/** What Cognito answers about the caller; every field can be taken back. */
function setup(state: { sub?: string; enabled?: boolean; groups?: string[]; gone?: boolean }) {
  const idp = {
    getUser: jest.fn(async () => ({
      username: 'admin-username',
      attributes: { sub: state.sub ?? admin.sub },
    })),
    adminGetUser: jest.fn(async (): Promise<AdminUserRecord> => {
      if (state.gone) throw new AppError('user-not-found');
      return { username: 'admin-username', attributes: {}, enabled: state.enabled ?? true };
    }),
    adminListGroupsForUser: jest.fn(async () => state.groups ?? ['admin']),
  };
  const config = { auth: { revocationWindowMs: 5_000 } } as AppConfig;
  return { idp, confirmation: new CallerConfirmation(idp as unknown as IdentityProvider, config) };
}

describe('CallerConfirmation.confirmAdmin', () => {
  it('asks Cognito about the account GetUser names, once per window', async () => {
    const { idp, confirmation } = setup({});
    await confirmation.confirmAdmin(admin, 'admin');
    await confirmation.confirmAdmin(admin, 'admin');
    expect(idp.getUser).toHaveBeenCalledTimes(1);
    expect(idp.getUser).toHaveBeenCalledWith(admin.accessToken);
    expect(idp.adminGetUser).toHaveBeenCalledWith('admin-username');
    expect(idp.adminListGroupsForUser).toHaveBeenCalledWith('admin-username');
  });

  it.each([
    ['no longer in the group', { groups: ['editors'] }, 'forbidden'],
    ['disabled', { enabled: false }, 'invalid-token'],
    ['deleted after GetUser answered', { gone: true }, 'invalid-token'],
    ['another account than the token names', { sub: 's-2' }, 'invalid-token'],
  ])('refuses an admin %s, and keeps nothing', async (_what, state, code) => {
    const { idp, confirmation } = setup(state);
    await expect(confirmation.confirmAdmin(admin, 'admin')).rejects.toMatchObject({ code });
    await expect(confirmation.confirmAdmin(admin, 'admin')).rejects.toMatchObject({ code });
    expect(idp.getUser).toHaveBeenCalledTimes(2);
  });

  it("passes Cognito's own refusal of the token through", async () => {
    const { idp, confirmation } = setup({});
    idp.getUser.mockRejectedValueOnce(new AppError('invalid-token'));
    await expect(confirmation.confirmAdmin(admin, 'admin')).rejects.toMatchObject({
      code: 'invalid-token',
    });
    expect(idp.adminGetUser).not.toHaveBeenCalled();
  });
});
