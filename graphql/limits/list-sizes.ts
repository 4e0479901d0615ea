/**
 * How many items each plain list field of the schema is assumed to return when estimating what an
 * operation costs. Connections (fields with `first`) are sized by their `first` argument instead.
 * The figures are deliberately generous upper estimates of a busy installation, not averages: the
 * estimate must refuse `processInstance { tasks { processInstance { tasks ... } } }` long before it
 * runs, while every query of the web app and the docs passes (test/graphql/limits/ checks both). A
 * new list field must be added here: a test fails for any list of objects that has no size.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // Process instances: multi-instance user tasks make long task lists; history grows with every step.
  'ProcessInstance.tasks': 50,
  'ProcessInstance.history': 100,
  'ProcessInstance.incidents': 10,
  'Task.skills': 10,
  'Task.history': 50,
  'Task.consultations': 10,
  'Task.interactions': 20,
  'Query.processDefinitions': 100,
  'Query.incidents': 100,
  'Query.taskForms': 50,
  'Query.classificationRules': 100,
  'Query.intakeForms': 50,
  'Query.agents': 200,
  'Query.queues': 50,
  'Query.groups': 50,
  // A group is a team: members beyond this are rare; the admin page lists members of one group at a time.
  'Group.members': 100,
  'Subscription.queueStats': 50,
  // Server nodes behind one load balancer: a handful, a few dozen in a large cluster.
  'Cluster.nodes': 20,
  // The desktop's customer card shows the latest few (engine/desk/desktop caps both at 5).
  'CustomerCard.recentContacts': 5,
  'CustomerCard.openCases': 5,
  // Tasks finished in the current wrap-up: one contact, or a few chats closed together.
  'Agent.wrapUp': 20,
  // Reply texts of a queue, picked from a list.
  'Queue.cannedResponses': 50,
  'Task.cannedResponses': 50,
  // Sites are offices and centres: a few dozen at most, each with a handful of supervisors.
  'Query.sites': 30,
  'Site.supervisors': 10,
  'Site.businessHours': 14,
  'Site.holidays': 30,
  'User.supervisedSites': 10,
  'Customer.cases': 20,
  'Customer.tasks': 50,
  'Interaction.attachments': 10,
  'ClassificationRule.versions': 20,
  // Duplicates of one person, and a form's edits over its life.
  'Customer.merges': 10,
  'IntakeForm.versions': 20,
  'Agent.skills': 10,
  // What an agent holds is bounded by its capacity (a handful of items).
  'Agent.tasks': 10,
  'Agent.reservations': 5,
  // Chats an agent holds are bounded by its chat capacity; a chat's messages by CROSSDESK_CHAT_MAX_MESSAGES
  // (500 by default; a typical chat has a few dozen).
  'Query.myChats': 10,
  'ChatConversation.messages': 100,
  'QueueStats.agentsByPresence': 5,
  // Planning: a week of quarter hours (672) is the usual request; longer ranges are rarer and cost more.
  'Forecast.intervals': 700,
  'Forecast.history': 700,
  'Query.staffingPlan': 700,
  // A week of a mid-size centre's shifts; a shift has at most 6 breaks (engine/analytics/planning).
  'Query.rosterShifts': 500,
  'RosterShift.breaks': 6,
  'QueueStats.hourly': 24,
  'Queue.escalation': 5,
  // At most one point per 5 minutes over a day (engine/desk/queues/sampler.ts, MAX_DAY_POINTS).
  'Queue.waitingToday': 288,
  // Deploy warnings and "why waiting?" (desk.graphql): one entry per problem element or skill.
  'ProcessDefinition.warnings': 20,
  'WaitExplanation.reasons': 10,
  'WaitExplanation.skills': 10,
  // Reports: bounded by CROSSDESK_REPORT_MAX_ROWS (5000) at run time; estimated at a day of half hours
  // for a dozen queues (a larger report is refused by the row bound, not by the estimate). Dispositions are a
  // queue's short list of codes.
  'Query.queueReport': 600,
  'Query.agentReport': 600,
  'AgentInterval.dispositions': 10,
  // Sized by the connection's `first` (see cost.ts); listed so the completeness test knows them.
  'TaskConnection.edges': 1,
  'ProcessInstanceConnection.edges': 1,
  'InteractionConnection.edges': 1,
  'UserConnection.edges': 1,
  'AuditEntryConnection.edges': 1,
  'HistoryEntryConnection.edges': 1,
  // Process reports: one row per element of a process (a large model has a few hundred), the elements
  // where breaches start are among them; intervals are capped (MAX_PROCESS_INTERVALS, 2000).
  'ProcessReport.elements': 300,
  'ProcessReport.slaBreachStarts': 50,
  'ProcessReport.intervals': 2000,
};

/** Lists sized by an argument of their own field rather than by the table. */
export const ARGUMENT_SIZES: Readonly<Record<string, (args: Record<string, any>) => number>> = {
  // The engine locks at most 100 jobs per call (default 10).
  'Mutation.fetchAndLockExternalTasks': (args) => Math.min(Math.max(args.maxTasks ?? 10, 1), 100),
  'Mutation.deployTaskForms': (args) => (Array.isArray(args.forms) ? args.forms.length : 1),
};

/** A list of objects missing from LIST_SIZES (a test keeps this from happening) is assumed this long. */
export const UNLISTED_SIZE = 100;
