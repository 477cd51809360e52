import { FetchError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';

/**
 * aws-jwt-verify's own fetcher refuses http:. An emulator serves its JWKS over plain http, so in
 * emulator modes this fetcher allows exactly one origin (the configured emulator) and nothing else.
 */
export class EmulatorJwksFetcher implements Fetcher {
  private readonly origin: string;

  constructor(
    jwksUri: string,
    private readonly timeoutMs: number,
  ) {
    this.origin = new URL(jwksUri).origin;
  }

  async fetch(uri: string): Promise<ArrayBuffer> {
    if (new URL(uri).origin !== this.origin) {
      throw new FetchError(uri, 'refused: not the configured emulator origin');
    }
    try {
      const res = await fetch(uri, { signal: AbortSignal.timeout(this.timeoutMs) });
      if (!res.ok) throw new FetchError(uri, `HTTP ${res.status}`);
      return await res.arrayBuffer();
    } catch (error) {
      throw error instanceof FetchError ? error : new FetchError(uri, (error as Error).message);
    }
  }
}
