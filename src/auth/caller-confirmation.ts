import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { IdentityProvider } from '../identity-provider/identity-provider';
import { invalidToken } from './access-token.guard';
import type { AuthenticatedUser } from './authenticated-user';
import { RecentConfirmations } from './recent-confirmations';

/**
 * Confirms callers with Cognito, at most once per token per revocation window
 * (TOKEN_REVOCATION_WINDOW_MS). A valid signature only proves what Cognito said when it issued the
 * token; group membership, the Enabled flag and the token itself can be taken back since.
 */
@Injectable()
export class CallerConfirmation {
  private readonly admins: RecentConfirmations;
  private readonly selves: RecentConfirmations;

  constructor(
    private readonly idp: IdentityProvider,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.admins = new RecentConfirmations(config.auth.revocationWindowMs);
    this.selves = new RecentConfirmations(config.auth.revocationWindowMs);
  }

  get windowMs(): number {
    return this.admins.windowMs;
  }

  /**
   * Admin routes: Cognito still accepts the token (GetUser with it), and the user it names is
   * enabled (AdminGetUser — cognito-local lets a disabled user's token through GetUser) and still
   * in `group` (AdminListGroupsForUser). 401 invalid-token when the token or the account is no
   * longer good, 403 forbidden when the account is no longer an admin.
   */
  confirmAdmin(user: AuthenticatedUser, group: string): Promise<void> {
    return this.admins.confirm(user.accessToken, async () => {
      const self = await this.idp.getUser(user.accessToken);
      if (self.attributes.sub !== user.sub) throw invalidToken('The access token is not valid.');
      const [record, groups] = await Promise.all([
        this.idp.adminGetUser(self.username),
        this.idp.adminListGroupsForUser(self.username),
      ]).catch((error: unknown) => {
        // Deleted between GetUser and the admin calls.
        if (error instanceof AppError && error.code === 'user-not-found') {
          throw invalidToken('The account no longer exists.');
        }
        throw error;
      });
      if (!record.enabled) throw invalidToken('The account is disabled.');
      if (!groups.includes(group)) {
        throw new AppError('forbidden', { detail: 'This route is for administrators.' });
      }
    });
  }

  /** Whether Cognito accepted this token for a self-service call within the window. */
  isSelfConfirmed(token: string): boolean {
    return this.selves.isFresh(token);
  }

  /**
   * Runs `call` — an upstream call made with the caller's own token, so Cognito checks the token —
   * shared by concurrent callers with the same token; its success confirms the token.
   */
  confirmSelf<T>(token: string, call: () => Promise<T>): Promise<T> {
    return this.selves.shared(token, call);
  }

  /** Like confirmSelf, without sharing (the caller already shares, e.g. the attributes cache). */
  recordSelf<T>(token: string, call: () => Promise<T>): Promise<T> {
    return this.selves.recording(token, call);
  }
}
