/** Outbound requests whose target comes from a model or its variables: filtered, bounded, redirect-checked. */
export { parseAllowList, makeAddressPolicy, type AllowList, type AddressPolicy } from './address-policy.ts';
export { ForbiddenAddressError, guardedLookup, makeGuardedAgent } from './guarded-connector.ts';
export {
  makeOutboundRequester,
  OutboundRefused,
  MAX_REDIRECTS,
  type OutboundOptions,
  type OutboundRequest,
  type OutboundResponse,
} from './outbound-request.ts';
