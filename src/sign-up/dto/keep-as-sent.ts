import { Transform } from 'class-transformer';

/**
 * Keeps a free-form JSON object exactly as parsed. class-transformer would copy it key by key
 * and silently skip keys that shadow Object.prototype members (`toString`, `valueOf`...), so a
 * name the policy must refuse would vanish instead; the raw object lets the checks see it.
 */
export function KeepAsSent(): PropertyDecorator {
  return Transform(({ obj, key }) => (obj as Record<string, unknown>)[key], { toClassOnly: true });
}
