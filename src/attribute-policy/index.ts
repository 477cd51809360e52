// The attribute policy engine's public surface: pure functions over a validated policy, the
// loader, and the Nest module that provides it. Everything else in this folder is internal.
export type * from './attribute-policy.types';
export { ATTRIBUTE_FORMATS } from './attribute-policy.types';
export { AttributePolicyModule } from './attribute-policy.module';
export { ATTRIBUTE_POLICY } from './attribute-policy.provider';
export { loadAttributePolicy } from './load-attribute-policy';
export {
  checkDeletable,
  checkSignUp,
  checkVerifiable,
  checkWritable,
  describePolicy,
  isAllowedAtSignUp,
  isReadable,
  readableAttributes,
  verificationFor,
} from './attribute-policy';
export {
  normalizeAttributeValues,
  validateAttributeNames,
  validateAttributeValues,
} from './attribute-validation';
export { isE164PhoneNumber, isEmailAddress, normalizeEmail } from './attribute-formats';
export { isUserProtectedAttribute } from './cognito-attributes';
