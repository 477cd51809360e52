import type { Page } from 'playwright-core';
import { launchBrowser, TestBrowser } from '../support/browser';
import { Emulator, startEmulator } from '../support/emulator';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * Swagger UI in a real (headless) Chromium, under the service's own CSP: authorize with a token
 * from the emulator, "Try it out" on GET /me/attributes, Execute, and see the 200 response.
 */
describe('Swagger UI in a browser', () => {
  let emulator: Emulator;
  let t: TestApp;
  let url: string;
  let browser: TestBrowser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    [emulator, browser] = await Promise.all([startEmulator(), launchBrowser()]);
    t = await createTestApp(emulator, { listen: true });
    url = t.url;
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await emulator?.stop();
  });

  it('renders the API document with the CSP in force', async () => {
    const response = await page.goto(`${url}/docs`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'profile-bff' }).waitFor();
    await page.locator('#operations-me-getMyAttributes').waitFor();
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
  });

  it('authorizes with an emulator token, tries GET /me/attributes and shows the 200', async () => {
    const token = await emulator.tokenFor('demo');
    await page.locator('button.authorize').first().click();
    const dialog = page.locator('.dialog-ux .modal-ux');
    await dialog.locator('input').first().fill(token);
    await dialog.locator('button.modal-btn.auth.authorize').click();
    await dialog.locator('button.btn-done').click();

    const operation = page.locator('#operations-me-getMyAttributes');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('button.execute').click();

    const live = operation.locator('.live-responses-table');
    await live.locator('.response-col_status').filter({ hasText: '200' }).first().waitFor();
    const body = await live.locator('.response-col_description pre').first().innerText();
    const shown = JSON.parse(body) as { attributes: Record<string, string> };
    const held = await emulator.cognitoAttributes(emulator.info.users.demo.username);
    expect(shown.attributes.email).toBe('demo@example.com');
    expect(shown.attributes.email).toBe(held.email);
    expect(shown.attributes).not.toHaveProperty('custom:role');
    // The request Swagger UI sent carried the token as a Bearer header.
    const curl = await operation.locator('.curl-command').innerText();
    expect(curl).toContain('Authorization: Bearer');
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
  });
});
