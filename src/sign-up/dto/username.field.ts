import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Cognito usernames are at most 128 characters. */
const MAX_USERNAME_LENGTH = 128;

/**
 * A sign-up `username`: a non-empty string of at most 128 characters; what the pool accepts
 * (here: an email address) is checked by the service against the pool's rules.
 */
export function UsernameField(): PropertyDecorator {
  // In the order stacked decorators would apply (bottom-up), so validation messages keep their order.
  return applyDecorators(
    ApiProperty({ maxLength: MAX_USERNAME_LENGTH, example: 'new.user@example.com' }),
    MaxLength(MAX_USERNAME_LENGTH),
    IsNotEmpty(),
    IsString(),
  );
}
