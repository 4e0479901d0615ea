/**
 * GraphQL documents of the contact pages: customers, interactions, cases' contacts, consultations,
 * callbacks, classification rules and intake forms.
 */

/** Everything the app shows of one contact. */
export const INTERACTION_FIELDS = `id channel direction subject body attributes createdAt outcome caseReference
  attachments { filename contentType size }
  customer { id name email phone } case { id businessKey }`;

/** What a task page adds beside the form: its kind, its callback, its consultations, its contacts. */
export const TASK_EXTRAS = `query TaskExtras($id: ID!) { task(id: $id) {
  id kind state assignee { id }
  callback { phone windowStart windowEnd attempts maxAttempts outcome readyAt }
  consultations { id state question answer answeredBy { id name } answeredAt }
  parentTask { id name processInstance { id businessKey } }
  interactions { ${INTERACTION_FIELDS} }
} }`;

export const WORK_EVENTS = 'subscription ContactWork { myWork { type task { id } } }';

export const CONSULT = `mutation Consult($id: ID!, $input: ConsultInput!) { consultTask(id: $id, input: $input) { id } }`;
export const ANSWER_CONSULTATION = `mutation Answer($id: ID!, $answer: String!) { answerConsultation(id: $id, answer: $answer) { id } }`;
export const CLAIM = 'mutation Claim($id: ID!) { claimTask(id: $id) { id } }';

export const SEARCH_CUSTOMERS = `query SearchCustomers($q: String!) { customers(search: $q) { id name email phone } }`;

export const CUSTOMER = `query Customer($id: ID!) { customer(id: $id) {
  id name email phone createdAt mergedInto
  interactions(first: 100) { totalCount edges { node { ${INTERACTION_FIELDS} } } }
  cases { id businessKey key state startedAt endedAt }
  tasks { id name state createdAt completedAt kind channel assignee { name } }
  merges { sourceId sourceName sourceEmail sourcePhone interactionsMoved actor { name } at }
} }`;

export const MERGE_CUSTOMERS = `mutation Merge($s: ID!, $t: ID!) { mergeCustomers(sourceId: $s, targetId: $t) { id } }`;

export const INTERACTION = `query Interaction($id: ID!) { interaction(id: $id) { ${INTERACTION_FIELDS} messageId
  rule { id name } } }`;

export const CASE_CONTACTS = `query CaseContacts($id: ID!) {
  interactions(filter: { processInstanceId: $id }, first: 100) { edges { node { ${INTERACTION_FIELDS} } } }
}`;

export const REPLY = `mutation Reply($input: ReplyToInteractionInput!) { replyToInteraction(input: $input) { id } }`;

const RULE_FIELDS = `id name position enabled version updatedAt problem updatedBy { name }
  match { channels attributes keywords subjectPattern bodyPattern }
  action { processKey messageName variables priority businessValue }`;

export const RULES = `query Rules { classificationRules { ${RULE_FIELDS} } }`;
export const RULE_VERSIONS = `query RuleVersions { classificationRules { id versions { version change snapshot actor { name } at } } }`;
export const UPSERT_RULE = `mutation UpsertRule($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { ${RULE_FIELDS} } }`;
export const DELETE_RULE = `mutation DeleteRule($id: ID!) { deleteClassificationRule(id: $id) { id } }`;

export const INTAKE_FORMS = `query IntakeForms { intakeForms { formKey title schema mapping version updatedAt problem
  versions { version title mapping actor { name } at } } }`;
export const UPSERT_INTAKE_FORM = `mutation UpsertIntakeForm($input: IntakeFormInput!) { upsertIntakeForm(input: $input) { formKey version } }`;
