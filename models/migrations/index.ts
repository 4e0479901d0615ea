import type { Knex } from 'knex';
import * as engineCore from './0001-engine-core.ts';
import * as routing from './0002-routing.ts';
import * as interactions from './0003-interactions.ts';
import * as callbacks from './0005-callbacks.ts';
import * as taskForms from './0006-task-forms.ts';
import * as ctiCallEvents from './0008-cti-call-events.ts';
import * as sessions from './0010-sessions.ts';
import * as queueFigures from './0012-queue-figures.ts';
import * as people from './0014-people.ts';
import * as customerMerges from './0015-customer-merges.ts';
import * as chat from './0022-chat.ts';
import * as changeFeed from './0016-change-feed.ts';
import * as identityLinks from './0020-identity-links.ts';
import * as nodes from './0018-nodes.ts';
import * as routerLeadership from './0017-router-leadership.ts';
import * as sites from './0019-sites.ts';
import * as dispositions from './0021-dispositions.ts';
import * as processFacts from './0024-process-facts.ts';
import * as subscriptionSlots from './0027-subscription-slots.ts';
import * as queueDayRollups from './0028-queue-day-rollups.ts';
import * as chatFeed from './0029-chat-feed.ts';
import * as leanTaskWrites from './0030-lean-task-writes.ts';
import * as leanOfferWrites from './0031-lean-offer-writes.ts';
import * as retentionAndErasure from './0025-retention-and-erasure.ts';
import * as planning from './0026-planning.ts';
import * as reportFacts from './0023-report-facts.ts';

// Migrations are imported statically (knex's CLI cannot load TypeScript by itself); the names recorded in
// knex_migrations are these keys, so a landed name never changes.
const migrations: Record<string, Knex.Migration> = {
  '0001-engine-core': engineCore,
  '0002-routing': routing,
  '0003-interactions': interactions,
  '0005-callbacks': callbacks,
  '0006-task-forms': taskForms,
  '0008-cti-call-events': ctiCallEvents,
  '0010-sessions': sessions,
  '0012-queue-figures': queueFigures,
  '0014-people': people,
  '0015-customer-merges': customerMerges,
  '0022-chat': chat,
  '0016-change-feed': changeFeed,
  '0020-identity-links': identityLinks,
  '0018-nodes': nodes,
  '0017-router-leadership': routerLeadership,
  '0019-sites': sites,
  '0021-dispositions': dispositions,
  '0024-process-facts': processFacts,
  '0027-subscription-slots': subscriptionSlots,
  '0028-queue-day-rollups': queueDayRollups,
  '0029-chat-feed': chatFeed,
  '0030-lean-task-writes': leanTaskWrites,
  '0031-lean-offer-writes': leanOfferWrites,
  '0025-retention-and-erasure': retentionAndErasure,
  '0026-planning': planning,
  '0023-report-facts': reportFacts,
};

/** knex migration source over the statically imported migrations, in name order. */
export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
