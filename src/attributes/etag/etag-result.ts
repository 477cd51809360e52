import { AppError } from '../../common/errors/app-error';
import { etagListMatches } from '../../common/http/conditional-get';

/**
 * A write's response body and the ETag of the attributes after it. The EtagResultInterceptor
 * sends the tag as a header and the body as the response, so handlers stay one line.
 */
export class EtagResult<T> {
  constructor(
    readonly body: T,
    readonly etag: string,
  ) {}
}

/**
 * Optimistic concurrency (RFC 9110 §13.1.1): with If-Match, the write goes ahead only if the
 * attributes are still the ones the client read. Without If-Match the write proceeds: requiring
 * it (428) would break every Amplify-style client. Cognito has no conditional writes, so a
 * change landing between this check and the write is not detected.
 */
export function assertIfMatch(ifMatch: string | undefined, currentEtag: string): void {
  if (ifMatch === undefined) return;
  if (!etagListMatches(ifMatch, currentEtag, false)) {
    throw new AppError('precondition-failed', {
      detail: 'The attributes changed since you read them; read them again and retry.',
      headers: { ETag: currentEtag },
    });
  }
}
