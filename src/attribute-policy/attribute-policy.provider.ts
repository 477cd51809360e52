import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { loadAttributePolicy } from './load-attribute-policy';

/** Injection token for the validated AttributePolicy; a broken file stops start-up here. */
export const ATTRIBUTE_POLICY = Symbol('ATTRIBUTE_POLICY');

export const attributePolicyProvider: Provider = {
  provide: ATTRIBUTE_POLICY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => loadAttributePolicy(config.policyFile),
};
