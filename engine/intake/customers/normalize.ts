import { BadInputError } from '../../core/errors/index.ts';

/** Customer details as a contact names them. */
export interface CustomerInput {
  id?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$|^[^\s@<>()]+@localhost$/;

/** Lower-cased, trimmed e-mail address; null when absent; BAD_USER_INPUT when not an address. */
export function normalizeEmail(value: string | null | undefined, field = 'customer.email'): string | null {
  const email = value?.trim().toLowerCase();
  if (!email) return null;
  if (email.length > 320 || !EMAIL.test(email)) throw new BadInputError(`${field} is not an e-mail address`, { field });
  return email;
}

/** Digits with an optional leading +, separators dropped; BAD_USER_INPUT when not a phone number. */
export function normalizePhone(value: string | null | undefined, field = 'customer.phone'): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const phone = raw.replace(/[\s().\-/]/g, '');
  if (!/^\+?\d{4,20}$/.test(phone)) throw new BadInputError(`${field} is not a phone number`, { field });
  return phone;
}

/** Validated, normalized customer details. */
export function normalizeCustomer(input: CustomerInput): Required<CustomerInput> {
  const id = input.id?.trim() || null;
  if (id && id.length > 100)
    throw new BadInputError('customer.id is longer than 100 characters', { field: 'customer.id' });
  return {
    id,
    name: input.name?.trim().slice(0, 300) || null,
    email: normalizeEmail(input.email),
    phone: normalizePhone(input.phone),
  };
}
