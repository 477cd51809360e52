import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import request from 'supertest';
import { Emulator, startEmulator } from '../support/emulator';
import { launchBrowser, TestBrowser } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { ExampleWeb, startExampleWeb } from './support/example-web';

jest.setTimeout(120_000);

/** `EXAMPLE_SCREENSHOT=docs/images/profile-page.png npx jest test/browser` refreshes the picture in docs/development.md. */
const SCREENSHOT = process.env.EXAMPLE_SCREENSHOT;

interface SchemaEntry {
  name: string;
  writable: boolean;
  readable: boolean;
  constraints: { maxLength?: number };
}

/**
 * The example web app (examples/web, production build) in headless Chromium: it signs in with
 * aws-amplify v6 straight at the emulator and changes the profile through the BFF. Every test
 * checks what Cognito holds afterwards.
 */
describe('Example web app in a browser', () => {
  let emulator: Emulator;
  let t: TestApp;
  let web: ExampleWeb;
  let apiUrl: string;
  let schema: SchemaEntry[];
  let browser: TestBrowser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Build the bundle while the emulator and the BFF start; the origin is known before either.
    [web, browser, emulator] = await Promise.all([
      startExampleWeb(),
      launchBrowser({ viewport: { width: 900, height: 900 } }),
      startEmulator(),
    ]);
    context = browser.context;
    t = await createTestApp(emulator, { env: { CORS_ORIGINS: web.origin }, listen: true });
    apiUrl = t.url;
    const info = emulator.info;
    web.setConfig({
      apiUrl,
      cognito: {
        userPoolId: info.userPoolId,
        userPoolClientId: info.clientId,
        userPoolEndpoint: info.endpoint,
      },
    });
    schema = (await request(t.server).get('/attributes/schema').expect(200)).body.attributes;
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await t?.close();
    await emulator?.stop();
  });

  // Each test starts signed out in a fresh tab (Amplify keeps its tokens in localStorage).
  beforeEach(async () => {
    for (const open of context.pages()) await open.close();
    page = await context.newPage();
    problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(web.origin);
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await page.locator('form[aria-label="Sign in"]').waitFor();
  });
  afterEach(() => {
    expect(problems).toEqual([]);
  });

  const field = (name: string) =>
    page.locator(`form[aria-label="Profile"] [data-attribute="${name}"]`);
  const notice = () => page.locator('.notice');

  async function signIn(user: { password: string }, email: string) {
    await page.locator('#sign-in-username').fill(email);
    await page.locator('#sign-in-password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await field('email').locator('input').waitFor();
    await expectValue('email', email);
  }

  async function expectValue(name: string, value: string) {
    const input = field(name).locator('input');
    await eventually(async () => (await input.inputValue()) === value, `${name} = ${value}`);
  }

  async function freshUser(attributes: Record<string, string> = {}) {
    const user = await emulator.createUser(attributes);
    const held = await emulator.cognitoAttributes(user.username);
    return { user, email: held.email };
  }

  function save(): Promise<Request> {
    const patch = page.waitForRequest((r) => r.method() === 'PATCH');
    return page
      .getByRole('button', { name: 'Save' })
      .click()
      .then(() => patch);
  }

  it('signs in with Amplify, renders only the writable attributes with their constraints, signs out', async () => {
    const { user, email } = await freshUser({ 'custom:display_name': 'ada' });
    await signIn(user, email);

    const shown = await page
      .locator('form[aria-label="Profile"] [data-attribute]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-attribute')));
    expect(shown).toEqual(schema.filter((e) => e.writable).map((e) => e.name));
    for (const never of ['sub', 'email_verified', 'custom:role', 'identities']) {
      expect(shown).not.toContain(never);
    }
    const displayName = field('custom:display_name').locator('input');
    expect(await displayName.inputValue()).toBe('ada');
    const maxLength = schema.find((e) => e.name === 'custom:display_name')!.constraints.maxLength;
    expect(await displayName.getAttribute('maxlength')).toBe(String(maxLength));
    expect(await field('email').locator('input').getAttribute('type')).toBe('email');
    await expectBadge('email', 'verified');
    // Read-only attributes are shown, not editable: the sub is Cognito's.
    const held = await emulator.cognitoAttributes(user.username);
    await expectText(page.locator('.read-only [data-attribute="sub"] dd'), held.sub);

    // Signing out forgets Amplify's tokens: a reload stays on the sign-in form.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('form[aria-label="Sign in"]').waitFor();
    await page.reload();
    await page.locator('form[aria-label="Sign in"]').waitFor();
  });

  it('changes the name through the BFF with If-Match, and Cognito holds it', async () => {
    const { user, email } = await freshUser({ name: 'Ada Lovelace' });
    const read = page.waitForResponse(
      (r) => r.request().method() === 'GET' && r.url() === `${apiUrl}/me/attributes`,
    );
    await signIn(user, email);
    const readETag = await (await read).headerValue('etag');
    await field('name').locator('input').fill('Grace Hopper');
    const patch = await save();
    await expectText(notice(), 'Saved.');

    expect(patch.url()).toBe(`${apiUrl}/me/attributes`);
    expect(await patch.headerValue('if-match')).toMatch(/^"[^"]+"$/);
    // The client's ifUnchanged sends the ETag of the page's own read.
    expect(await patch.headerValue('if-match')).toBe(readETag);
    expect(await patch.headerValue('authorization')).toMatch(/^Bearer /);
    expect(JSON.parse(patch.postData()!)).toEqual({ attributes: { name: 'Grace Hopper' } });
    const held = await emulator.cognitoAttributes(user.username);
    expect(held.name).toBe('Grace Hopper');
    expect(held.email).toBe(email);
  });

  it('changes the email: code form, confirm with the code, the new email shows as verified', async () => {
    const { user, email } = await freshUser();
    const newEmail = `moved-${Date.now()}@example.com`;
    await signIn(user, email);
    await field('email').locator('input').fill(newEmail);
    await save();

    const codeForm = page.locator('form[aria-label="Confirmation code"]');
    await expectText(codeForm.locator('.delivery'), 'Confirmation code was sent to');
    // Until the code is confirmed, Cognito keeps the old address active.
    expect((await emulator.cognitoAttributes(user.username)).email).toBe(email);

    await codeForm.locator('#confirmation-code').fill(emulator.info.verificationCode);
    await codeForm.getByRole('button', { name: 'Confirm' }).click();
    await expectText(notice(), 'Email verified.');
    await expectValue('email', newEmail);
    await expectBadge('email', 'verified');
    expect(await codeForm.count()).toBe(0);

    const held = await emulator.cognitoAttributes(user.username);
    expect(held.email).toBe(newEmail);
    expect(held.email_verified).toBe('true');
  });

  it("shows a refused value's error at its field, from the 422's errors[], and changes nothing", async () => {
    const { user, email } = await freshUser({ name: 'Ada Lovelace' });
    await signIn(user, email);
    await field('name').locator('input').fill('Grace Hopper');
    await field('zoneinfo').locator('input').fill('Mars/Olympus_Mons');
    const response = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await response).status()).toBe(422);

    const error = field('zoneinfo').locator('.field-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/zone/i);
    expect(await field('zoneinfo').locator('input').getAttribute('aria-invalid')).toBe('true');
    expect(await field('name').locator('.field-error').count()).toBe(0);
    // All or nothing: the valid name was not saved either.
    const held = await emulator.cognitoAttributes(user.username);
    expect(held.name).toBe('Ada Lovelace');
    expect(held).not.toHaveProperty('zoneinfo');
  });

  it('removes an optional attribute', async () => {
    const { user, email } = await freshUser({ nickname: 'countess' });
    await signIn(user, email);
    expect(await field('nickname').locator('input').inputValue()).toBe('countess');
    // Required attributes offer no Remove.
    expect(await field('email').getByRole('button', { name: 'Remove' }).count()).toBe(0);
    await field('nickname').getByRole('button', { name: 'Remove' }).click();
    await expectText(notice(), 'Nickname removed.');
    await expectValue('nickname', '');

    const held = await emulator.cognitoAttributes(user.username);
    expect(held).not.toHaveProperty('nickname');
    expect(held.email).toBe(email);
  });

  it('reloads instead of overwriting when the profile changed elsewhere (412)', async () => {
    const { user, email } = await freshUser({ name: 'Ada Lovelace' });
    await signIn(user, email);
    // Another device of the same user changes the name after the page read it.
    await request(t.server)
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .send({ attributes: { name: 'Changed Elsewhere' } })
      .expect(200);
    await field('name').locator('input').fill('Grace Hopper');
    const response = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await response).status()).toBe(412);

    await expectText(notice(), 'changed elsewhere');
    await expectText(page.locator('.problem .problem-code'), 'precondition-failed', true);
    await expectValue('name', 'Changed Elsewhere');
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Changed Elsewhere');
  });

  it('reads the profile again, and saves nothing, when the client holds no version to send as If-Match', async () => {
    const { user, email } = await freshUser({ name: 'Ada Lovelace', nickname: 'countess' });
    await signIn(user, email);
    // An unconditional write (Remove) leaves the client without a version it has fully seen, and
    // the read after it fails: a network failure the emulator cannot produce, so the browser
    // aborts that one GET.
    let aborted = 0;
    await page.route(
      (url) => url.pathname === '/me/attributes',
      (route) =>
        route.request().method() === 'GET' && aborted++ === 0 ? route.abort() : route.continue(),
    );
    await field('nickname').getByRole('button', { name: 'Remove' }).click();
    // The client's own error for a failed fetch, shown by its name (it has no problem code).
    await page.locator('.problem[data-code="NetworkError"]').waitFor();
    expect(aborted).toBe(1);
    expect(await emulator.cognitoAttributes(user.username)).not.toHaveProperty('nickname');

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.method()));
    await field('name').locator('input').fill('Grace Hopper');
    const reread = page.waitForResponse(
      (r) => r.request().method() === 'GET' && r.url() === `${apiUrl}/me/attributes`,
    );
    await page.getByRole('button', { name: 'Save' }).click();
    const readETag = await (await reread).headerValue('etag');
    await expectText(notice(), 'Your profile has been reloaded. Check it and save again.', true);
    expect(await page.locator('.problem').count()).toBe(0);
    await expectValue('name', 'Ada Lovelace');
    await expectValue('nickname', '');
    expect(requests).not.toContain('PATCH');
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Ada Lovelace');

    // Now the client knows the version: the save goes through with it.
    await field('name').locator('input').fill('Grace Hopper');
    const patch = await save();
    await expectText(notice(), 'Saved.');
    expect(await patch.headerValue('if-match')).toBe(readETag);
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Grace Hopper');
  });

  it('shows a 429 with its wait after too many wrong codes, and the email stays as it was', async () => {
    const { user, email } = await freshUser();
    await signIn(user, email);
    await field('email').locator('input').fill(`wrong-codes-${Date.now()}@example.com`);
    await save();
    const codeForm = page.locator('form[aria-label="Confirmation code"]');
    const wrong = emulator.info.verificationCode === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await codeForm.locator('#confirmation-code').fill(wrong);
      const response = page.waitForResponse((r) => r.url().endsWith('/me/attributes/email/verify'));
      await codeForm.getByRole('button', { name: 'Confirm' }).click();
      statuses.push((await response).status());
      if (attempt < 5) await codeForm.locator('.field-error').waitFor();
    }
    // 5 wrong codes are judged by Cognito; then the BFF's attempt limit answers 429.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const problem = codeForm.locator('.problem');
    await expectText(problem, 'Too many attempts.');
    expect(await problem.locator('.retry-wait').innerText()).toMatch(/^Try again in \d+ s\.$/);
    expect(await codeForm.getByRole('button', { name: 'Confirm' }).isDisabled()).toBe(true);

    const held = await emulator.cognitoAttributes(user.username);
    expect(held.email).toBe(email);
    expect(held.email_verified).toBe('true');
  });

  it('signs up with a display name, confirms with the code and lands on the profile', async () => {
    const email = `signup-${Date.now()}@example.com`;
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.locator('#sign-up-username').fill(email);
    await page.locator('#sign-up-password').fill('Correct-Horse-7');
    await page.locator('[id="sign-up-custom:display_name"]').fill('jane');
    await page.locator('#sign-up-name').fill('Jane Doe');
    await page.getByRole('button', { name: 'Sign up' }).click();

    const codeForm = page.locator('form[aria-label="Confirmation code"]');
    await codeForm.locator('#confirmation-code').fill(emulator.info.verificationCode);
    await codeForm.getByRole('button', { name: 'Confirm' }).click();
    await field('email').locator('input').waitFor();
    await expectValue('custom:display_name', 'jane');
    await expectValue('name', 'Jane Doe');

    const held = await emulator.cognitoAttributes(email);
    expect(held).toMatchObject({ email, name: 'Jane Doe', 'custom:display_name': 'jane' });
    expect((await emulator.cognitoUser(email))?.UserStatus).toBe('CONFIRMED');
  });

  it("renders the seeded demo user's profile (and saves the docs screenshot when asked)", async () => {
    const demo = emulator.info.users.demo;
    await signIn(demo, demo.username);
    const held = await emulator.cognitoAttributes(demo.username);
    await expectValue('name', held.name);
    await expectValue('custom:display_name', held['custom:display_name']);
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    if (SCREENSHOT) {
      const target = resolve(SCREENSHOT);
      mkdirSync(dirname(target), { recursive: true });
      await page.screenshot({ path: target, fullPage: true });
    }
  });

  async function expectBadge(name: string, text: string) {
    await expectText(field(name).locator('.badge'), text, true);
  }
});

/** Waits until the first match shows the text (exactly, or containing it), else fails saying what it showed. */
async function expectText(
  locator: ReturnType<Page['locator']>,
  text: string,
  exact = false,
): Promise<void> {
  const first = locator.first();
  await first.waitFor();
  let shown = '';
  const matches = async () => {
    shown = (await first.innerText()).trim();
    return exact ? shown === text : shown.includes(text);
  };
  if (!(await eventually(matches, text, false))) expect(shown).toBe(text);
}

/** Polls until the check holds (10 s); fails naming what was awaited, unless told not to. */
async function eventually(check: () => Promise<boolean>, what: string, throws = true) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (throws) throw new Error(`timed out waiting for ${what}`);
  return false;
}
