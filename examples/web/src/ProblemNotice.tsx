import { ProfileBffError } from '@profile-bff/client';
import { useEffect, useState } from 'react';

/** Seconds left of a 429's (or 503's) Retry-After, counting down to 0 (0 when there is nothing to wait for). */
export function useRetryWait(error: unknown): number {
  const seconds = error instanceof ProfileBffError ? (error.retryAfter ?? 0) : 0;
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    if (seconds <= 0) return;
    const until = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const now = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(now);
      if (now === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [error, seconds]);
  return left;
}

function messageOf(error: unknown): string {
  if (error instanceof ProfileBffError) {
    if (error.status === 429) return 'Too many attempts.';
    // Per-attribute problems are shown at their fields; the rest are listed here.
    const general = error.errors.filter((e) => !e.attribute).map((e) => e.message);
    return [error.message, ...general].join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * One line for a failed call: the problem's message and code (the BFF's problem code; for an error
 * raised in the client itself, such as NetworkError, its name), or a 429's wait.
 */
export function ProblemNotice({ error, wait }: { error: unknown; wait: number }) {
  if (!error) return null;
  const code =
    error instanceof ProfileBffError ? (error.code ?? error.name) : (error as Error)?.name;
  return (
    <p className="problem" role="alert" data-code={code}>
      {messageOf(error)}
      {error instanceof ProfileBffError && error.status === 429 && (
        <>
          {' '}
          {wait > 0 ? (
            <span className="retry-wait">Try again in {wait} s.</span>
          ) : (
            <span className="retry-wait">You can try again now.</span>
          )}
        </>
      )}
      {code && <code className="problem-code">{code}</code>}
    </p>
  );
}

/** Per-field messages from a problem's errors[] (422 invalid values, 403 unwritable names). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ProfileBffError)) return {};
  const out: Record<string, string> = {};
  for (const item of error.errors) {
    if (item.attribute)
      out[item.attribute] = out[item.attribute]
        ? `${out[item.attribute]} ${item.message}`
        : item.message;
  }
  return out;
}
