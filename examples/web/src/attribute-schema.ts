/** GET /attributes/schema: what the profile form may show and how each value must look. */

export interface AttributeConstraints {
  format?: 'email' | 'phone' | 'date' | 'zoneinfo' | 'locale' | 'url' | 'gender';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
  min?: number;
  max?: number;
  multiline?: boolean;
}

export interface AttributeSchemaEntry {
  name: string;
  readable: boolean;
  writable: boolean;
  deletable: boolean;
  signUp: boolean;
  required: boolean;
  verification: 'email' | 'sms' | 'none';
  type: 'string' | 'number' | 'boolean' | 'datetime';
  constraints: AttributeConstraints;
  description?: string;
}

export async function fetchAttributeSchema(baseUrl: string): Promise<AttributeSchemaEntry[]> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/attributes/schema`);
  if (!response.ok) throw new Error(`GET /attributes/schema answered ${response.status}`);
  const body = (await response.json()) as { attributes: AttributeSchemaEntry[] };
  return body.attributes;
}

const INPUT_TYPES: Partial<Record<NonNullable<AttributeConstraints['format']>, string>> = {
  email: 'email',
  phone: 'tel',
  url: 'url',
};

/** The HTML input attributes that express an entry's constraints (the BFF checks them again). */
export function inputPropsOf(entry: AttributeSchemaEntry): {
  type: string;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  min?: number;
  max?: number;
  required: boolean;
} {
  const c = entry.constraints;
  return {
    type: entry.type === 'number' ? 'number' : ((c.format && INPUT_TYPES[c.format]) ?? 'text'),
    maxLength: c.maxLength,
    minLength: c.minLength,
    pattern: c.pattern,
    min: c.min,
    max: c.max,
    required: entry.required,
  };
}

/** "custom:display_name" → "Display name", "family_name" → "Family name". */
export function labelOf(name: string): string {
  const words = name.replace(/^custom:/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
