import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { ATTRIBUTE_SCHEMA_EXAMPLE } from '../src/attribute-schema/dto/attribute-schema.dto';
import { Emulator } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';

interface FileRule {
  read: boolean;
  write: boolean;
  delete: boolean;
  signUp: boolean;
  required: boolean;
  verification: string;
  type: string;
  description?: string;
}

/** The policy file itself, read as plain JSON: the oracle the route is compared with. */
const file = JSON.parse(
  readFileSync(resolve(__dirname, '../config/attribute-policy.json'), 'utf8'),
) as { attributes: Record<string, FileRule> };

describe('GET /attributes/schema', () => {
  let emulator: Emulator;
  let t: TestApp;
  let res: request.Response;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp());
    res = await request(t.server).get('/attributes/schema');
  });
  afterAll(() => stopAll(t, emulator));

  it('is public and cacheable for a few minutes', () => {
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
  });

  it('lists exactly the attributes the policy file lets users read, write, delete or send at sign-up', () => {
    const visible = Object.entries(file.attributes)
      .filter(([, r]) => r.read || r.write || r.delete || r.signUp)
      .map(([name]) => name)
      .sort();
    expect(res.body.attributes.map((a: { name: string }) => a.name)).toEqual(visible);
    expect(visible).toContain('custom:display_name');
  });

  it("carries each attribute's flags, type, verification and description from the file", () => {
    for (const entry of res.body.attributes) {
      const rule = file.attributes[entry.name];
      expect(entry).toMatchObject({
        readable: rule.read,
        writable: rule.write,
        deletable: rule.delete,
        signUp: rule.signUp,
        required: rule.required,
        verification: rule.verification,
        type: rule.type,
        description: rule.description,
      });
    }
  });

  it('never shows admin-only attributes', () => {
    const names = res.body.attributes.map((a: { name: string }) => a.name);
    expect(names).not.toContain('custom:role');
    expect(names).not.toContain('identities');
    expect(JSON.stringify(res.body)).not.toContain('editor');
  });

  it('gives the constraints a form needs', () => {
    const byName = Object.fromEntries(
      res.body.attributes.map((a: { name: string }) => [a.name, a]),
    );
    expect(byName.email).toMatchObject({
      required: true,
      deletable: false,
      verification: 'email',
      constraints: { format: 'email', maxLength: 254 },
    });
    expect(byName['custom:display_name'].constraints).toEqual({ maxLength: 64 });
    expect(byName.updated_at).toMatchObject({
      type: 'number',
      writable: false,
      constraints: { min: 0 },
    });
    expect(byName.email_verified).toMatchObject({ readable: true, writable: false, signUp: false });
  });

  it('matches the example in the OpenAPI document entry for entry', () => {
    for (const example of ATTRIBUTE_SCHEMA_EXAMPLE) {
      expect(res.body.attributes).toContainEqual(example);
    }
  });

  it('says which attributes need a recent sign-in, and how recent', () => {
    const stepUp = res.body.attributes
      .filter((a: { stepUp: boolean }) => a.stepUp)
      .map((a: { name: string }) => a.name);
    expect(stepUp).toEqual(['email', 'phone_number']);
    expect(res.body.stepUp).toEqual({ maxAgeSeconds: 900 });
  });
});
