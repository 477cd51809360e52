import type { ProblemItem } from '../errors/app-error';
import { PROTOTYPE_POLLUTION_KEYS } from '../json/prototype-keys';

/**
 * Every `__proto__`, `constructor` or `prototype` own key anywhere in a parsed JSON body. Keys of
 * the top-level `attributes` map are reported as attribute names. Only reads, never assigns.
 */
export function reservedKeyProblems(body: unknown): ProblemItem[] {
  const problems: ProblemItem[] = [];
  // Iterative, so a deeply nested body can't overflow the stack.
  const pending: { value: unknown; inAttributes: boolean }[] = [
    { value: body, inAttributes: false },
  ];
  while (pending.length > 0) {
    const { value, inAttributes } = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_POLLUTION_KEYS.has(key)) {
        problems.push(
          inAttributes
            ? {
                attribute: key,
                code: 'invalid-attribute-name',
                message: 'attribute name is not allowed',
              }
            : { code: 'reserved-key', message: `a key named "${key}" is not allowed` },
        );
      }
      const child = (value as Record<string, unknown>)[key];
      pending.push({ value: child, inAttributes: value === body && key === 'attributes' });
    }
  }
  return problems;
}
