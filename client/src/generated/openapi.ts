/**
 * Generated from openapi/openapi.json by `npm run client:types` (openapi-typescript).
 * Do not edit: a test fails when this file and the spec drift apart.
 */

export interface paths {
  '/me/attributes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your readable attributes (Amplify `fetchUserAttributes`), and any email / phone change still
     *     waiting for its code (`pending`, which Cognito itself never shows). Send the ETag back in
     *     If-None-Match to get 304.
     */
    get: operations['getMyAttributes'];
    put?: never;
    post?: never;
    /**
     * Delete attributes (Amplify `deleteUserAttributes`); all must be deletable, or none is deleted.
     *     Deleting phone_number needs a recent sign-in.
     */
    delete: operations['deleteMyAttributes'];
    options?: never;
    head?: never;
    /**
     * Change one or many attributes (Amplify `updateUserAttributes`), all or nothing. An email or
     *     phone change takes effect once confirmed with the code: its result says
     *     CONFIRM_ATTRIBUTE_WITH_CODE, the old value stays active until then, and `GET` shows the new one
     *     under `pending`. Changing email or phone_number needs a recent sign-in (401
     *     `step-up-required` otherwise); setting one back to its current value cancels its pending change.
     */
    patch: operations['updateMyAttributes'];
    trace?: never;
  };
  '/me/attributes/{key}/verification-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * (Re)send a verification code for email or phone_number (Amplify
     *     `sendUserAttributeVerificationCode`). During a pending change the code goes to the pending
     *     (new) value, not the current one; the response says where, masked.
     */
    post: operations['sendMyAttributeVerificationCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/attributes/{key}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a pending or unverified email / phone_number with its code (Amplify
     *     `confirmUserAttribute`). Repeated wrong codes → 429 with Retry-After.
     */
    post: operations['verifyMyAttribute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{username}/attributes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The user's attributes, filtered by the admin read allowlist (`adminRead`), and pending changes. */
    get: operations['getUserAttributesAsAdmin'];
    put?: never;
    post?: never;
    /** Delete the user's attributes; every one must be deletable by admins, or none is deleted. */
    delete: operations['deleteUserAttributesAsAdmin'];
    options?: never;
    head?: never;
    /**
     * Change the user's attributes (`adminWrite` allowlist), all or nothing. Setting `email`
     *     together with `email_verified: "true"` skips the verification code.
     */
    patch: operations['updateUserAttributesAsAdmin'];
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers. Never checks dependencies, so an outage doesn't restart pods. */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: the JWKS can be loaded and Cognito answers. Otherwise 503 problem+json
     *     `upstream-unavailable` with `Retry-After`, whose `errors` name each failed check
     *     (`jwks-down`, `cognito-down`).
     */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attributes/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The effective attribute schema: for each attribute a user may see, whether it is readable,
     *     writable, deletable, accepted at sign-up, required and verified, its type and constraints.
     *     Public, so sign-up forms can use it; it changes only when the service restarts.
     */
    get: operations['getAttributeSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sign-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates an account (Amplify `signUp`); the user then confirms with the code sent to them. */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sign-up/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirms the account with the code (Amplify `confirmSignUp`). An unknown user gets `code-mismatch`. */
    post: operations['confirmSignUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sign-up/resend-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a new confirmation code (Amplify `resendSignUpCode`). */
    post: operations['resendSignUpCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    CodeDeliveryDetailsDto: {
      /**
       * @description The attribute the code confirms.
       * @example email
       */
      attributeName?: string;
      /**
       * @example EMAIL
       * @enum {string}
       */
      deliveryMedium?: 'EMAIL' | 'SMS';
      /**
       * @description Masked by Cognito (cognito-local does not mask).
       * @example a***@e***
       */
      destination?: string;
    };
    UpdateAttributeNextStepDto: {
      /**
       * @description DONE, or CONFIRM_ATTRIBUTE_WITH_CODE: confirm with POST /me/attributes/{key}/verify.
       * @enum {string}
       */
      updateAttributeStep: 'DONE' | 'CONFIRM_ATTRIBUTE_WITH_CODE';
      codeDeliveryDetails?: components['schemas']['CodeDeliveryDetailsDto'];
    };
    UpdateAttributeResultDto: {
      /** @description True when the new value is in effect now; false while an email change awaits its code. */
      isUpdated: boolean;
      nextStep: components['schemas']['UpdateAttributeNextStepDto'];
    };
    PendingChangeDto: {
      /**
       * @description The requested new value; the code was sent here.
       * @example new@example.com
       */
      value: string;
      /**
       * Format: date-time
       * @description When the change (or the last resend) was requested.
       * @example 2026-11-23T10:00:00.000Z
       */
      requestedAt: string;
      /**
       * Format: date-time
       * @description When its code expires (24 h later); the change is then no longer shown.
       * @example 2026-11-24T10:00:00.000Z
       */
      expiresAt: string;
    };
    AttributesResponseDto: {
      /**
       * @example {
       *       "sub": "7d9f1c2e-0b1a-4c3d-9e8f-0123456789ab",
       *       "email": "demo@example.com",
       *       "email_verified": "true",
       *       "name": "Demo User",
       *       "custom:display_name": "demo"
       *     }
       */
      attributes: {
        [key: string]: string;
      };
      /**
       * @description Changes of `email` / `phone_number` waiting for their code, by attribute name; absent when
       *     none is pending. Cleared by `/verify`, by a change back to the current value, by an admin
       *     change, or 24 h after the request.
       * @example {
       *       "email": {
       *         "value": "new@example.com",
       *         "requestedAt": "2026-11-23T10:00:00.000Z",
       *         "expiresAt": "2026-11-24T10:00:00.000Z"
       *       }
       *     }
       */
      pending?: {
        [key: string]: components['schemas']['PendingChangeDto'];
      };
    };
    UpdateAttributesDto: {
      /**
       * @description Attribute name → new value (strings, as Cognito stores them). Names must be writable by you per the policy; every value is validated before anything is sent to Cognito.
       * @example {
       *       "name": "Ada Lovelace",
       *       "custom:display_name": "ada",
       *       "email": "ada@example.com"
       *     }
       */
      attributes: {
        [key: string]: string;
      };
      /**
       * @description Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ClientMetadata for its Lambda triggers, never stored. Reserved keys such as `__proto__` are refused.
       * @example {
       *       "source": "profile-page"
       *     }
       */
      clientMetadata?: {
        [key: string]: string;
      };
    };
    UpdateAttributesResponseDto: {
      /**
       * @example {
       *       "name": {
       *         "isUpdated": true,
       *         "nextStep": {
       *           "updateAttributeStep": "DONE"
       *         }
       *       },
       *       "email": {
       *         "isUpdated": false,
       *         "nextStep": {
       *           "updateAttributeStep": "CONFIRM_ATTRIBUTE_WITH_CODE",
       *           "codeDeliveryDetails": {
       *             "attributeName": "email",
       *             "deliveryMedium": "EMAIL",
       *             "destination": "a***@e***"
       *           }
       *         }
       *       }
       *     }
       */
      attributes: {
        [key: string]: components['schemas']['UpdateAttributeResultDto'];
      };
    };
    SendVerificationCodeDto: {
      /**
       * @description Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ClientMetadata for its Lambda triggers, never stored. Reserved keys such as `__proto__` are refused.
       * @example {
       *       "source": "profile-page"
       *     }
       */
      clientMetadata?: {
        [key: string]: string;
      };
    };
    VerificationCodeResponseDto: {
      codeDeliveryDetails: components['schemas']['CodeDeliveryDetailsDto'];
    };
    VerifyAttributeDto: {
      /**
       * @description The code Cognito sent (6 digits). A missing or malformed code is refused as
       *     `code-mismatch` before Cognito is asked, and counts as a failed attempt.
       * @example 123456
       */
      code: string;
    };
    HealthCheckStateDto: {
      /** @enum {string} */
      status: 'up' | 'down';
    };
    HealthStatusDto: {
      /** @enum {string} */
      status: 'ok';
      /**
       * @example {
       *       "jwks": {
       *         "status": "up"
       *       },
       *       "cognito": {
       *         "status": "up"
       *       }
       *     }
       */
      info: {
        [key: string]: components['schemas']['HealthCheckStateDto'];
      };
      /** @example {} */
      error: {
        [key: string]: components['schemas']['HealthCheckStateDto'];
      };
      /**
       * @example {
       *       "jwks": {
       *         "status": "up"
       *       },
       *       "cognito": {
       *         "status": "up"
       *       }
       *     }
       */
      details: {
        [key: string]: components['schemas']['HealthCheckStateDto'];
      };
    };
    AttributeConstraintsDto: {
      /**
       * @description An extra syntax check: `email`, `phone` (E.164), `date` (YYYY-MM-DD or 0000-MM-DD),
       *     `zoneinfo` (IANA zone), `locale` (BCP 47), `url` (absolute http/https), `gender`.
       * @enum {string}
       */
      format?: 'email' | 'phone' | 'date' | 'zoneinfo' | 'locale' | 'url' | 'gender';
      /** @description Minimum length in UTF-16 code units (as Cognito counts). */
      minLength?: number;
      /** @description Maximum length in UTF-16 code units (as Cognito counts). */
      maxLength?: number;
      /** @description An ECMAScript regular expression (`u` flag) the whole value must match. */
      pattern?: string;
      /** @description The only values accepted. */
      enum?: string[];
      /** @description Smallest accepted value of a `number` attribute. */
      min?: number;
      /** @description Largest accepted value of a `number` attribute. */
      max?: number;
      /** @description Line feeds are allowed; every other control character is always refused. */
      multiline?: boolean;
    };
    AttributeSchemaEntryDto: {
      /**
       * @description A change must be confirmed with a code sent by email or SMS.
       * @enum {string}
       */
      verification: 'email' | 'sms' | 'none';
      /**
       * @description Cognito's data type; every value is still sent and returned as a string.
       * @enum {string}
       */
      type: 'string' | 'number' | 'boolean' | 'datetime';
      /** @description The Cognito attribute name, e.g. `email` or `custom:display_name`. */
      name: string;
      /** @description Returned by `GET /me/attributes`. */
      readable: boolean;
      /** @description May be changed with `PATCH /me/attributes`. */
      writable: boolean;
      /** @description May be removed with `DELETE /me/attributes`. */
      deletable: boolean;
      /** @description Accepted in `POST /sign-up`. */
      signUp: boolean;
      /** @description Must be given at sign-up; never deletable. */
      required: boolean;
      constraints: components['schemas']['AttributeConstraintsDto'];
      /**
       * @description Changing or deleting it needs a recent sign-in: a token whose `auth_time` is at most
       *     `stepUp.maxAgeSeconds` old, otherwise 401 `step-up-required` (sign in again, then retry).
       */
      stepUp: boolean;
      /** @description Shown to people filling in a form. */
      description?: string;
    };
    StepUpRuleDto: {
      /**
       * @description Largest accepted age of the sign-in (`now - auth_time`) in seconds; 0 when the rule is off
       *     (then no attribute has `stepUp: true`).
       * @example 900
       */
      maxAgeSeconds: number;
    };
    AttributeSchemaResponseDto: {
      /**
       * @example [
       *       {
       *         "name": "birthdate",
       *         "readable": true,
       *         "writable": true,
       *         "deletable": true,
       *         "signUp": true,
       *         "required": false,
       *         "verification": "none",
       *         "type": "string",
       *         "constraints": {
       *           "format": "date",
       *           "maxLength": 10
       *         },
       *         "stepUp": false,
       *         "description": "YYYY-MM-DD, or 0000-MM-DD to leave the year out."
       *       },
       *       {
       *         "name": "custom:display_name",
       *         "readable": true,
       *         "writable": true,
       *         "deletable": true,
       *         "signUp": true,
       *         "required": false,
       *         "verification": "none",
       *         "type": "string",
       *         "constraints": {
       *           "maxLength": 64
       *         },
       *         "stepUp": false,
       *         "description": "Name shown to other users of the app."
       *       },
       *       {
       *         "name": "email",
       *         "readable": true,
       *         "writable": true,
       *         "deletable": false,
       *         "signUp": true,
       *         "required": true,
       *         "verification": "email",
       *         "type": "string",
       *         "constraints": {
       *           "format": "email",
       *           "maxLength": 254
       *         },
       *         "stepUp": true,
       *         "description": "Sign-in address. A change takes effect once the code sent to the new address is confirmed."
       *       },
       *       {
       *         "name": "phone_number",
       *         "readable": true,
       *         "writable": true,
       *         "deletable": true,
       *         "signUp": true,
       *         "required": false,
       *         "verification": "sms",
       *         "type": "string",
       *         "constraints": {
       *           "format": "phone",
       *           "maxLength": 16
       *         },
       *         "stepUp": true,
       *         "description": "E.164, e.g. +14155550100. A change must be confirmed with the code sent by SMS."
       *       },
       *       {
       *         "name": "preferred_username",
       *         "readable": true,
       *         "writable": true,
       *         "deletable": true,
       *         "signUp": true,
       *         "required": false,
       *         "verification": "none",
       *         "type": "string",
       *         "constraints": {
       *           "maxLength": 128,
       *           "pattern": "\\S+"
       *         },
       *         "stepUp": false,
       *         "description": "Alternative sign-in name when the pool allows it; no spaces; must be unique."
       *       },
       *       {
       *         "name": "updated_at",
       *         "readable": true,
       *         "writable": false,
       *         "deletable": false,
       *         "signUp": false,
       *         "required": false,
       *         "verification": "none",
       *         "type": "number",
       *         "constraints": {
       *           "min": 0
       *         },
       *         "stepUp": false,
       *         "description": "Seconds since 1970-01-01T00:00:00Z of the last profile change; set by Cognito."
       *       }
       *     ]
       */
      attributes: components['schemas']['AttributeSchemaEntryDto'][];
      stepUp: components['schemas']['StepUpRuleDto'];
    };
    SignUpDto: {
      /**
       * @description The new account's username. This pool signs users in by email, so it is the email address;
       *     `attributes.email` may be left out (it is set from the username) or must equal it.
       * @example new.user@example.com
       */
      username: string;
      /**
       * Format: password
       * @description Checked against the user pool's password policy first; never stored by the BFF or logged.
       * @example Correct-Horse-7
       */
      password: string;
      /**
       * @description Attributes to store with the account. Only those marked `signUp` in `GET /attributes/schema`
       *     are accepted (never `custom:role` or the `*_verified` flags); values are validated as for
       *     `PATCH /me/attributes`. Required attributes must be present.
       * @example {
       *       "name": "New User",
       *       "custom:display_name": "newbie",
       *       "locale": "en-GB"
       *     }
       */
      attributes?: {
        [key: string]: string;
      };
      /**
       * @description Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ClientMetadata for its Lambda triggers, never stored. Reserved keys such as `__proto__` are refused.
       * @example {
       *       "source": "profile-page"
       *     }
       */
      clientMetadata?: {
        [key: string]: string;
      };
    };
    SignUpCodeDeliveryDto: {
      /**
       * @description The attribute the code was sent to, e.g. `email`.
       * @example email
       */
      attributeName?: string;
      /**
       * @example EMAIL
       * @enum {string}
       */
      deliveryMedium?: 'EMAIL' | 'SMS';
      /**
       * @description Masked, e.g. `n***@e***` or `+*******0100`.
       * @example n***@e***
       */
      destination?: string;
    };
    SignUpNextStepDto: {
      /**
       * @description `CONFIRM_SIGN_UP`: send the code to `POST /sign-up/confirm`; `DONE`: the user may sign in.
       * @example CONFIRM_SIGN_UP
       * @enum {string}
       */
      signUpStep: 'CONFIRM_SIGN_UP' | 'DONE';
      codeDeliveryDetails?: components['schemas']['SignUpCodeDeliveryDto'];
    };
    SignUpResponseDto: {
      /**
       * @description The new user's `sub`, their permanent id.
       * @example 5b0c6c6e-3f0a-4f43-9b59-8e3f3c1d2a10
       */
      userSub: string;
      /** @description False until the code is confirmed (unless a pre sign-up trigger confirms the user). */
      userConfirmed: boolean;
      nextStep: components['schemas']['SignUpNextStepDto'];
    };
    ConfirmSignUpDto: {
      /**
       * @description The username given at sign-up (here: the email address).
       * @example new.user@example.com
       */
      username: string;
      /**
       * @description The confirmation code Cognito sent (in local mode always `123456`).
       * @example 123456
       */
      code: string;
      /**
       * @description Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ClientMetadata for its Lambda triggers, never stored. Reserved keys such as `__proto__` are refused.
       * @example {
       *       "source": "profile-page"
       *     }
       */
      clientMetadata?: {
        [key: string]: string;
      };
    };
    ResendSignUpCodeDto: {
      /**
       * @description The username given at sign-up (here: the email address).
       * @example new.user@example.com
       */
      username: string;
      /**
       * @description Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ClientMetadata for its Lambda triggers, never stored. Reserved keys such as `__proto__` are refused.
       * @example {
       *       "source": "profile-page"
       *     }
       */
      clientMetadata?: {
        [key: string]: string;
      };
    };
    ResendSignUpCodeResponseDto: {
      /** @description Absent when Cognito does not say where the code went. */
      codeDeliveryDetails?: components['schemas']['SignUpCodeDeliveryDto'];
    };
    /** @enum {string} */
    ErrorCode:
      | 'bad-request'
      | 'validation-failed'
      | 'invalid-token'
      | 'step-up-required'
      | 'insufficient-scope'
      | 'forbidden'
      | 'attribute-not-writable'
      | 'attribute-not-deletable'
      | 'attribute-not-verifiable'
      | 'not-found'
      | 'user-not-found'
      | 'method-not-allowed'
      | 'not-acceptable'
      | 'alias-exists'
      | 'username-exists'
      | 'nothing-to-verify'
      | 'precondition-failed'
      | 'payload-too-large'
      | 'unsupported-media-type'
      | 'invalid-attribute-value'
      | 'invalid-parameter'
      | 'invalid-password'
      | 'invalid-username'
      | 'code-mismatch'
      | 'code-expired'
      | 'too-many-requests'
      | 'internal-error'
      | 'upstream-not-supported'
      | 'upstream-error'
      | 'code-delivery-failed'
      | 'upstream-unavailable'
      | 'upstream-timeout';
    ProblemItemDto: {
      /** @description The attribute the problem is about, when there is one. */
      attribute?: string;
      /** @description A stable, kebab-case reason, e.g. `invalid-email` or `attribute-not-writable`. */
      code: string;
      /** @description Human-readable; never contains the submitted value. */
      message: string;
    };
    ProblemDto: {
      /** @description The HTTP status, repeated. */
      status: number;
      code: components['schemas']['ErrorCode'];
      errors?: components['schemas']['ProblemItemDto'][];
      /** @description A URI naming the problem type. */
      type: string;
      title: string;
      detail?: string;
      /** @description Echo of X-Request-Id; quote it when reporting a problem. */
      requestId?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Your X-Request-Id if it is a plain token of ≤ 128 characters, else a new one */
    'X-Request-Id': string;
    /** @description Strong tag of the attributes the caller can see; send it in If-Match / If-None-Match */
    ETag: string;
    /** @description `no-store` on personal data; `public, max-age=300` on the attribute schema */
    'Cache-Control': string;
    /** @description Seconds to wait before trying again */
    'Retry-After': number;
    /** @description RFC 6750: `Bearer error="invalid_token"` or `Bearer error="insufficient_scope"` */
    'WWW-Authenticate': string;
    /** @description What is left of the quota: `"<bucket>";r=<remaining>;t=<seconds to reset>` */
    RateLimit: string;
    /** @description The quota: `"<bucket>";q=<requests>;w=<window seconds>` */
    'RateLimit-Policy': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getMyAttributes: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of a previous read; the same tag → 304 without a body */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your readable attributes */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttributesResponseDto'];
        };
      };
      /** @description Not modified since the ETag in If-None-Match */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `bad-request`: Bad request */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  deleteMyAttributes: {
    parameters: {
      query: {
        /** @description Attribute names to delete, comma-separated (`keys=website,nickname`) or repeated (`keys=website&keys=nickname`). All must be deletable by you, or nothing is deleted. */
        keys: string[];
      };
      header?: {
        /** @description ETag from GET /me/attributes; a stale one → 412 and nothing changes */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Has the new ETag of your attributes */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired; `step-up-required`: A more recent sign-in is required */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token' | 'step-up-required';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed; `attribute-not-deletable`: Attribute not deletable */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden' | 'attribute-not-deletable';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `precondition-failed`: The resource changed since it was read */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition-failed';
          };
        };
      };
      /** @description `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  updateMyAttributes: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag from GET /me/attributes; a stale one → 412 and nothing changes */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAttributesDto'];
      };
    };
    responses: {
      /** @description Has the new ETag of your attributes */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateAttributesResponseDto'];
        };
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired; `step-up-required`: A more recent sign-in is required */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token' | 'step-up-required';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed; `attribute-not-writable`: Attribute not writable */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden' | 'attribute-not-writable';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `alias-exists`: The value is already used by another account */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'alias-exists';
          };
        };
      };
      /** @description `precondition-failed`: The resource changed since it was read */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition-failed';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `invalid-attribute-value`: One or more attribute values are invalid; `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-attribute-value' | 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed; `code-delivery-failed`: The verification code could not be delivered */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error' | 'code-delivery-failed';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  sendMyAttributeVerificationCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Attribute to verify: `email` or `phone_number` (others → 403) */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['SendVerificationCodeDto'];
      };
    };
    responses: {
      /** @description A code is on its way */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationCodeResponseDto'];
        };
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed; `attribute-not-verifiable`: Attribute has no verification step */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden' | 'attribute-not-verifiable';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `nothing-to-verify`: The attribute has no unverified or pending value */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'nothing-to-verify';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed; `code-delivery-failed`: The verification code could not be delivered */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error' | 'code-delivery-failed';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  verifyMyAttribute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Attribute to verify: `email` or `phone_number` (others → 403) */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyAttributeDto'];
      };
    };
    responses: {
      /** @description Has the new ETag of your attributes */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed; `code-mismatch`: The verification code is wrong; `code-expired`: The verification code has expired */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed' | 'code-mismatch' | 'code-expired';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed; `attribute-not-verifiable`: Attribute has no verification step */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden' | 'attribute-not-verifiable';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `nothing-to-verify`: The attribute has no unverified or pending value; `alias-exists`: The value is already used by another account */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'nothing-to-verify' | 'alias-exists';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  getUserAttributesAsAdmin: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of a previous read; the same tag → 304 without a body */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The user's username, email (alias) or sub */
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's admin-readable attributes */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttributesResponseDto'];
        };
      };
      /** @description Not modified since the ETag in If-None-Match */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden';
          };
        };
      };
      /** @description `user-not-found`: User not found */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'user-not-found';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  deleteUserAttributesAsAdmin: {
    parameters: {
      query: {
        /** @description Attribute names to delete, comma-separated (`keys=website,nickname`) or repeated (`keys=website&keys=nickname`). All must be deletable by you, or nothing is deleted. */
        keys: string[];
      };
      header?: {
        /** @description ETag from GET /users/{username}/attributes; a stale one → 412 and nothing changes */
        'If-Match'?: string;
      };
      path: {
        /** @description The user's username, email (alias) or sub */
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Has the new ETag of the user's attributes */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed; `attribute-not-deletable`: Attribute not deletable */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden' | 'attribute-not-deletable';
          };
        };
      };
      /** @description `user-not-found`: User not found */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'user-not-found';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `precondition-failed`: The resource changed since it was read */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition-failed';
          };
        };
      };
      /** @description `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  updateUserAttributesAsAdmin: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag from GET /users/{username}/attributes; a stale one → 412 and nothing changes */
        'If-Match'?: string;
      };
      path: {
        /** @description The user's username, email (alias) or sub */
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAttributesDto'];
      };
    };
    responses: {
      /** @description Has the new ETag of the user's attributes */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateAttributesResponseDto'];
        };
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `invalid-token`: The access token is missing, invalid or expired */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-token';
          };
        };
      };
      /** @description `insufficient-scope`: The access token lacks the required scope; `forbidden`: Not allowed; `attribute-not-writable`: Attribute not writable */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'insufficient-scope' | 'forbidden' | 'attribute-not-writable';
          };
        };
      };
      /** @description `user-not-found`: User not found */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'user-not-found';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `alias-exists`: The value is already used by another account */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'alias-exists';
          };
        };
      };
      /** @description `precondition-failed`: The resource changed since it was read */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'precondition-failed';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `invalid-attribute-value`: One or more attribute values are invalid; `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-attribute-value' | 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  getLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Alive (no checks are listed) */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthStatusDto'];
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready: every check is up */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthStatusDto'];
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
    };
  };
  getAttributeSchema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The effective schema, sorted by name; `Cache-Control: public, max-age=300` */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttributeSchemaResponseDto'];
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignUpDto'];
      };
    };
    responses: {
      /** @description Created; unless `nextStep.signUpStep` is `DONE`, confirm with the code sent */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignUpResponseDto'];
        };
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `forbidden`: Not allowed; `attribute-not-writable`: Attribute not writable */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden' | 'attribute-not-writable';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `username-exists`: The username is already taken */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'username-exists';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `invalid-username`: The username is not acceptable for this user pool; `invalid-attribute-value`: One or more attribute values are invalid; `invalid-password`: The password does not meet the policy; `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?:
              | 'invalid-username'
              | 'invalid-attribute-value'
              | 'invalid-password'
              | 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed; `code-delivery-failed`: The verification code could not be delivered */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error' | 'code-delivery-failed';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  confirmSignUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmSignUpDto'];
      };
    };
    responses: {
      /** @description Confirmed; the user may sign in */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed; `code-mismatch`: The verification code is wrong; `code-expired`: The verification code has expired */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed' | 'code-mismatch' | 'code-expired';
          };
        };
      };
      /** @description `forbidden`: Not allowed */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `alias-exists`: The value is already used by another account */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'alias-exists';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
  resendSignUpCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResendSignUpCodeDto'];
      };
    };
    responses: {
      /** @description A new code is on its way (an unknown username gets the same answer) */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResendSignUpCodeResponseDto'];
        };
      };
      /** @description `bad-request`: Bad request; `validation-failed`: The request body or parameters are malformed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'bad-request' | 'validation-failed';
          };
        };
      };
      /** @description `forbidden`: Not allowed */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'forbidden';
          };
        };
      };
      /** @description `not-acceptable`: Not acceptable */
      406: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'not-acceptable';
          };
        };
      };
      /** @description `payload-too-large`: The request body is too large */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description `unsupported-media-type`: Unsupported media type */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description `invalid-parameter`: Cognito rejected a parameter */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'invalid-parameter';
          };
        };
      };
      /** @description `too-many-requests`: Too many requests */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'too-many-requests';
          };
        };
      };
      /** @description `internal-error`: Internal error */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'internal-error';
          };
        };
      };
      /** @description `upstream-not-supported`: The identity provider does not support this operation */
      501: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-not-supported';
          };
        };
      };
      /** @description `upstream-error`: The identity provider failed; `code-delivery-failed`: The verification code could not be delivered */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-error' | 'code-delivery-failed';
          };
        };
      };
      /** @description `upstream-unavailable`: The identity provider is unavailable */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-unavailable';
          };
        };
      };
      /** @description `upstream-timeout`: The identity provider did not answer in time */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'] & {
            /** @enum {string} */
            code?: 'upstream-timeout';
          };
        };
      };
    };
  };
}
