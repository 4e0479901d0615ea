/**
 * GraphQL documents of the contact pages: customers, interactions, cases' contacts, consultations,
 * callbacks, classification rules and intake forms. Static and named, so codegen types each one.
 */
import { graphql } from '../generated/index.ts';

/** Everything the app shows of one contact. */
graphql(`
  fragment ContactsInteraction on Interaction {
    id
    channel
    direction
    subject
    body
    attributes
    createdAt
    outcome
    caseReference
    attachments {
      filename
      contentType
      size
    }
    customer {
      id
      name
      email
      phone
    }
    case {
      id
      businessKey
    }
  }
`);

/** What a task page adds beside the form: its kind, its callback, its consultations, its contacts. */
export const TASK_EXTRAS = graphql(`
  query ContactsTaskExtras($id: ID!) {
    task(id: $id) {
      id
      kind
      state
      assignee {
        id
      }
      callback {
        phone
        windowStart
        windowEnd
        attempts
        maxAttempts
        outcome
        readyAt
      }
      consultations {
        id
        state
        question
        answer
        answeredBy {
          id
          name
        }
        answeredAt
      }
      parentTask {
        id
        name
        processInstance {
          id
          businessKey
        }
      }
      interactions {
        ...ContactsInteraction
      }
    }
  }
`);

export const WORK_EVENTS = graphql(`
  subscription ContactsWork {
    myWork {
      type
      task {
        id
      }
    }
  }
`);

export const CONSULT = graphql(`
  mutation ContactsConsult($id: ID!, $input: ConsultInput!) {
    consultTask(id: $id, input: $input) {
      id
    }
  }
`);

export const ANSWER_CONSULTATION = graphql(`
  mutation ContactsAnswerConsultation($id: ID!, $answer: String!) {
    answerConsultation(id: $id, answer: $answer) {
      id
    }
  }
`);

/** Dialling a callback claims its task. */
export const CLAIM = graphql(`
  mutation ContactsClaimCallback($id: ID!) {
    claimTask(id: $id) {
      id
    }
  }
`);

export const SEARCH_CUSTOMERS = graphql(`
  query ContactsSearchCustomers($q: String!) {
    customers(search: $q) {
      id
      name
      email
      phone
    }
  }
`);

export const CUSTOMER = graphql(`
  query ContactsCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      email
      phone
      createdAt
      mergedInto
      interactions(first: 100) {
        totalCount
        edges {
          node {
            ...ContactsInteraction
          }
        }
      }
      cases {
        id
        businessKey
        key
        state
        startedAt
        endedAt
      }
      tasks {
        id
        name
        state
        createdAt
        completedAt
        kind
        channel
        assignee {
          name
        }
      }
      merges {
        sourceId
        sourceName
        sourceEmail
        sourcePhone
        interactionsMoved
        actor {
          name
        }
        at
      }
    }
  }
`);

export const MERGE_CUSTOMERS = graphql(`
  mutation ContactsMergeCustomers($s: ID!, $t: ID!) {
    mergeCustomers(sourceId: $s, targetId: $t) {
      id
    }
  }
`);

export const INTERACTION = graphql(`
  query ContactsInteraction($id: ID!) {
    interaction(id: $id) {
      ...ContactsInteraction
      messageId
      rule {
        id
        name
      }
    }
  }
`);

export const CASE_CONTACTS = graphql(`
  query ContactsCaseContacts($id: ID!) {
    interactions(filter: { processInstanceId: $id }, first: 100) {
      edges {
        node {
          ...ContactsInteraction
        }
      }
    }
  }
`);

export const REPLY = graphql(`
  mutation ContactsReply($input: ReplyToInteractionInput!) {
    replyToInteraction(input: $input) {
      id
    }
  }
`);

graphql(`
  fragment ContactsRule on ClassificationRule {
    id
    name
    position
    enabled
    version
    updatedAt
    problem
    updatedBy {
      name
    }
    match {
      channels
      attributes
      keywords
      subjectPattern
      bodyPattern
    }
    action {
      processKey
      messageName
      variables
      priority
      businessValue
    }
  }
`);

export const RULES = graphql(`
  query ContactsRules {
    classificationRules {
      ...ContactsRule
    }
  }
`);

export const RULE_VERSIONS = graphql(`
  query ContactsRuleVersions {
    classificationRules {
      id
      versions {
        version
        change
        snapshot
        actor {
          name
        }
        at
      }
    }
  }
`);

export const UPSERT_RULE = graphql(`
  mutation ContactsUpsertRule($input: ClassificationRuleInput!) {
    upsertClassificationRule(input: $input) {
      ...ContactsRule
    }
  }
`);

export const DELETE_RULE = graphql(`
  mutation ContactsDeleteRule($id: ID!) {
    deleteClassificationRule(id: $id) {
      id
    }
  }
`);

export const INTAKE_FORMS = graphql(`
  query ContactsIntakeForms {
    intakeForms {
      formKey
      title
      schema
      mapping
      version
      updatedAt
      problem
      versions {
        version
        title
        mapping
        actor {
          name
        }
        at
      }
    }
  }
`);

export const UPSERT_INTAKE_FORM = graphql(`
  mutation ContactsUpsertIntakeForm($input: IntakeFormInput!) {
    upsertIntakeForm(input: $input) {
      formKey
      version
    }
  }
`);
