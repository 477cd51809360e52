import type { Emulator } from './emulator';
import {
  createConfirmedUser,
  emulatorAdminClient,
  heldAttributes,
} from '../../support/emulator-users';

export interface HardeningUser {
  username: string;
  sub: string;
  accessToken: string;
  /** What Cognito holds for this user now (AdminGetUser). */
  cognitoAttributes(): Promise<Record<string, string>>;
}

/** A fresh confirmed user with a token, so tests never share rate-limit budgets or state. */
export async function createUser(
  emulator: Emulator,
  attributes: Record<string, string> = {},
): Promise<HardeningUser> {
  const client = emulatorAdminClient(emulator.info);
  try {
    const user = await createConfirmedUser(client, emulator.info, attributes);
    return { ...user, cognitoAttributes: () => cognitoAttributes(emulator, user.username) };
  } finally {
    client.destroy();
  }
}

export async function cognitoAttributes(
  emulator: Emulator,
  username: string,
): Promise<Record<string, string>> {
  const client = emulatorAdminClient(emulator.info);
  try {
    return await heldAttributes(client, emulator.info, username);
  } finally {
    client.destroy();
  }
}
