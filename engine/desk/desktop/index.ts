/** The agent desktop: the customer card of the contact in hand. */
export { customerCard, CARD_CONTACTS, CARD_CASES, type CustomerCard } from './customer-card.ts';
