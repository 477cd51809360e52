import { resolve } from 'node:path';
import { loadAttributePolicy } from '../attribute-policy';
import { buildAppConfig, validateEnvironment } from '../config/app-config';
import { AttributeSchemaService } from './attribute-schema.service';

const policy = loadAttributePolicy(resolve(__dirname, '../../config/attribute-policy.json'));
const local = {
  endpoint: 'http://127.0.0.1:1',
  region: 'us-east-1',
  userPoolId: 'us-east-1_X',
  clientId: 'c',
};
const schemaWith = (env: Record<string, string>) =>
  new AttributeSchemaService(policy, buildAppConfig(validateEnvironment(env), local)).describe();
const stepUpNames = (env: Record<string, string>) =>
  schemaWith(env)
    .attributes.filter((a) => a.stepUp)
    .map((a) => a.name);

describe('attribute schema: step-up', () => {
  it("marks the policy's stepUp attributes and publishes the window", () => {
    expect(stepUpNames({})).toEqual(['email', 'phone_number']);
    expect(schemaWith({ STEP_UP_MAX_AGE_SECONDS: '300' }).stepUp).toEqual({ maxAgeSeconds: 300 });
  });

  it('marks none when STEP_UP_MAX_AGE_SECONDS=0 turns the rule off', () => {
    expect(stepUpNames({ STEP_UP_MAX_AGE_SECONDS: '0' })).toEqual([]);
    expect(schemaWith({ STEP_UP_MAX_AGE_SECONDS: '0' }).stepUp).toEqual({ maxAgeSeconds: 0 });
  });
});
