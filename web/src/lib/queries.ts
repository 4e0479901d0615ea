import { graphql } from '../generated/index.ts';

/** GraphQL documents shared by several pages. */
export const TASK_ROW = graphql(`
  fragment TaskRow on Task {
    id
    name
    state
    queue
    priority
    dueAt
    slaDueAt
    slaBreachedAt
    createdAt
    assignee {
      id
      name
    }
    channel
    processDefinition {
      key
    }
  }
`);

export const TASKS = graphql(`
  query Tasks($filter: TaskFilter, $first: Int, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TaskRow
        }
      }
    }
  }
`);

export const TASK_EVENTS = graphql(`
  subscription TaskEvents($queue: String) {
    taskEvents(queue: $queue) {
      type
      task {
        ...TaskRow
      }
    }
  }
`);

export const CLAIM_TASK = graphql(`
  mutation ClaimTask($id: ID!) {
    claimTask(id: $id) {
      id
    }
  }
`);

export const UNCLAIM_TASK = graphql(`
  mutation UnclaimTask($id: ID!) {
    unclaimTask(id: $id) {
      id
    }
  }
`);

export const TASK_DETAIL = graphql(`
  query Task($id: ID!) {
    task(id: $id) {
      ...TaskRow
      documentation
      formKey
      variables
      elementId
      candidateGroups
      skills {
        name
        level
      }
      businessValue
      processInstance {
        id
        businessKey
        tasks {
          id
          name
          elementId
        }
        history {
          id
          type
          at
          elementId
          elementName
          taskId
          actor {
            id
            name
          }
        }
      }
      interactions {
        ...Contact
      }
    }
  }
`);
