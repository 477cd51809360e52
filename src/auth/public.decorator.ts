import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'profile-bff:isPublic';

/** Opts a route out of the global access-token guard. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
