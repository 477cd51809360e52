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
    /** Your readable attributes (Amplify `fetchUserAttributes`). Send the ETag back in If-None-Match to get 304. */
    get: operations['MeAttributesController_read'];
    put?: never;
    post?: never;
    /** Delete attributes (Amplify `deleteUserAttributes`); all must be deletable, or none is deleted. */
    delete: operations['MeAttributesController_delete'];
    options?: never;
    head?: never;
    /**
     * Change one or many attributes (Amplify `updateUserAttributes`), all or nothing. An email or
     *     phone change takes effect once confirmed with the code: its result says
     *     CONFIRM_ATTRIBUTE_WITH_CODE and the old value stays active until then.
     */
    patch: operations['MeAttributesController_update'];
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
    /** (Re)send a verification code for email or phone_number (Amplify `sendUserAttributeVerificationCode`). */
    post: operations['MeAttributesController_sendCode'];
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
    post: operations['MeAttributesController_verify'];
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
    /** The user's attributes, filtered by the admin read allowlist (`adminRead`). */
    get: operations['AdminAttributesController_read'];
    put?: never;
    post?: never;
    /** Delete the user's attributes; every one must be deletable by admins, or none is deleted. */
    delete: operations['AdminAttributesController_delete'];
    options?: never;
    head?: never;
    /**
     * Change the user's attributes (`adminWrite` allowlist), all or nothing. Setting `email`
     *     together with `email_verified: "true"` skips the verification code.
     */
    patch: operations['AdminAttributesController_update'];
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
    get: operations['HealthController_live'];
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
    /** Readiness: the JWKS can be loaded and Cognito answers; 503 otherwise. */
    get: operations['HealthController_ready'];
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
    get: operations['AttributeSchemaController_describe'];
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
    post: operations['SignUpController_signUp'];
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
    post: operations['SignUpController_confirm'];
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
    post: operations['SignUpController_resendCode'];
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
      /** @description Shown to people filling in a form. */
      description?: string;
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
       *         "description": "Seconds since 1970-01-01T00:00:00Z of the last profile change; set by Cognito."
       *       }
       *     ]
       */
      attributes: components['schemas']['AttributeSchemaEntryDto'][];
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
      | 'insufficient-scope'
      | 'forbidden'
      | 'attribute-not-readable'
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
      | 'precondition-required'
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
      code: components['schemas']['ErrorCode'];
      errors?: components['schemas']['ProblemItemDto'][];
      /** @description A URI naming the problem type. */
      type: string;
      title: string;
      status: number;
      detail?: string;
      /** @description Echo of X-Request-Id; quote it when reporting a problem. */
      requestId?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  MeAttributesController_read: {
    parameters: {
      query?: never;
      header?: {
        /** @description ETag of a previous read */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Has ETag and Cache-Control: no-store */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttributesResponseDto'];
        };
      };
      /** @description Not modified since the ETag in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MeAttributesController_delete: {
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
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match does not match the current ETag (`precondition-failed`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MeAttributesController_update: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateAttributesResponseDto'];
        };
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict (`alias-exists`, `username-exists`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match does not match the current ETag (`precondition-failed`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large (`payload-too-large`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not application/json (`unsupported-media-type`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Invalid attribute values (`invalid-attribute-value`), listed in `errors` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MeAttributesController_sendCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Attribute to verify */
        key: 'email' | 'phone_number';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendVerificationCodeDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationCodeResponseDto'];
        };
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The attribute has no unverified or pending value (`nothing-to-verify`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MeAttributesController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Attribute to verify */
        key: 'email' | 'phone_number';
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
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The attribute has no unverified or pending value (`nothing-to-verify`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminAttributesController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user's username, email (alias) or sub */
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Has ETag and Cache-Control: no-store */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttributesResponseDto'];
        };
      };
      /** @description Not modified since the ETag in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminAttributesController_delete: {
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
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match does not match the current ETag (`precondition-failed`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminAttributesController_update: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateAttributesResponseDto'];
        };
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, invalid or expired access token (`invalid-token`) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict (`alias-exists`, `username-exists`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match does not match the current ETag (`precondition-failed`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large (`payload-too-large`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not application/json (`unsupported-media-type`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Invalid attribute values (`invalid-attribute-value`), listed in `errors` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description Ready
       *
       *     The Health Check is successful
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /**
       * @description Cognito unavailable (`upstream-unavailable`); see Retry-After
       *
       *     The Health Check is not successful
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  AttributeSchemaController_describe: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttributeSchemaResponseDto'];
        };
      };
    };
  };
  SignUpController_signUp: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignUpResponseDto'];
        };
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict (`alias-exists`, `username-exists`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large (`payload-too-large`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not application/json (`unsupported-media-type`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The username (`invalid-username`), attribute values (`invalid-attribute-value`) or the password (`invalid-password`) are not acceptable; every problem is listed in `errors` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SignUpController_confirm: {
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
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict (`alias-exists`, `username-exists`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large (`payload-too-large`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not application/json (`unsupported-media-type`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SignUpController_resendCode: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResendSignUpCodeResponseDto'];
        };
      };
      /** @description Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large (`payload-too-large`) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not application/json (`unsupported-media-type`) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The account is already confirmed (`invalid-parameter`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (`too-many-requests`); see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The local emulator cannot resend codes (`upstream-not-supported`) */
      501: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito failed (`upstream-error`, `code-delivery-failed`) */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito unavailable (`upstream-unavailable`); see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Cognito timed out (`upstream-timeout`) */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
