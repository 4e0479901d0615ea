/** Customers: the people contacts come from, matched by id, e-mail or phone. */
export { resolveCustomer, getCustomers } from './resolve-customer.ts';
export { normalizeCustomer, normalizeEmail, normalizePhone, type CustomerInput } from './normalize.ts';
export {
  customerDataScope,
  CustomerDataScope,
  ReadRefusal,
  readForbidden,
  readableCaseIds,
  readableTaskIds,
  readableCustomerIds,
  readableInteractions,
  assertMayReadInteraction,
  interactionScopeOf,
} from './read-rules.ts';
export { readCustomer } from './read-customer.ts';
export { searchCustomers, mergeCustomers, mergesInto, MAX_CUSTOMER_RESULTS } from './merge-customers.ts';
export { eraseCustomer } from './erase-customer.ts';
