/** Small readers for raw environment strings, shared by the settings classes in this folder. */

/** A string of digits as a number (for class-validator's @IsInt); anything else as given. */
export function toInt(value: unknown): unknown {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

/** A comma-separated list, trimmed, without empty entries. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
