import type { Knex } from 'knex';
import { createFeedTriggers, dropTriggersOf } from '../feed-triggers.ts';

/**
 * Chat joins the change feed (models/feed-triggers.ts): a message written through one node reaches the
 * agent's and the customer's streams on every node. Only keys and states are fed; the text is read back.
 */
export async function up(knex: Knex): Promise<void> {
  await createFeedTriggers(knex);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['chat_messages', 'chat_conversations']) await dropTriggersOf(knex, { table });
}
