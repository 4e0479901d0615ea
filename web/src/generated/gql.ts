/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n    query CannedResponses($id: ID!) {\n      task(id: $id) {\n        id\n        cannedResponses {\n          title\n          text\n        }\n      }\n    }\n  ": typeof types.CannedResponsesDocument,
    "\n    query ClusterNodes {\n      cluster {\n        leaderTerm\n        nodes {\n          id\n          host\n          startedAt\n          lastSeenAt\n          role\n          version\n          stale\n        }\n      }\n    }\n  ": typeof types.ClusterNodesDocument,
    "\n    fragment Contact on Interaction {\n      id\n      channel\n      direction\n      subject\n      body\n      createdAt\n      attributes\n      attachments {\n        filename\n        contentType\n        size\n      }\n      customer {\n        name\n        email\n        phone\n      }\n    }\n  ": typeof types.ContactFragmentDoc,
    "\n    query HeatMapDefinition($key: String!) {\n      processDefinitions(key: $key) {\n        id\n        version\n        name\n        bpmnXml\n      }\n    }\n  ": typeof types.HeatMapDefinitionDocument,
    "\n    query HeatMapReport($filter: ReportFilter!, $key: String!) {\n      processReport(filter: $filter, processKey: $key) {\n        instancesStarted\n        instancesCompleted\n        instancesCancelled\n        duration {\n          p50Seconds\n          p90Seconds\n        }\n        elements {\n          elementId\n          count\n          waiting {\n            meanSeconds\n            p90Seconds\n          }\n          working {\n            meanSeconds\n            p90Seconds\n          }\n          total {\n            meanSeconds\n            p90Seconds\n          }\n        }\n        slaBreachStarts {\n          elementId\n          count\n        }\n      }\n    }\n  ": typeof types.HeatMapReportDocument,
    "\n    query StartFormModel($id: ID!) {\n      processDefinition(id: $id) {\n        bpmnXml\n      }\n    }\n  ": typeof types.StartFormModelDocument,
    "\n    mutation StartProcess($i: StartProcessInput!) {\n      startProcess(input: $i) {\n        id\n        businessKey\n      }\n    }\n  ": typeof types.StartProcessDocument,
    "\n    query WhyWaiting($id: ID!) {\n      whyWaiting(taskId: $id) {\n        waiting\n        reasons {\n          code\n          requirement\n        }\n        skills {\n          name\n          level\n          agents\n          bestLevel\n        }\n        qualifiedAgents\n        presentAgents\n        freeAgents\n        claimers\n        nextEscalationAt\n      }\n    }\n  ": typeof types.WhyWaitingDocument,
    "\n    mutation SendChatMessage($id: ID!, $body: String!) {\n      sendChatMessage(conversationId: $id, body: $body) {\n        seq\n      }\n    }\n  ": typeof types.SendChatMessageDocument,
    "\n    mutation CloseChat($id: ID!, $code: String, $note: String) {\n      closeChat(conversationId: $id, dispositionCode: $code, note: $note) {\n        id\n        state\n        endReason\n      }\n    }\n  ": typeof types.CloseChatDocument,
    "\n    mutation ChatToCallback($id: ID!, $input: ChatCallbackInput!) {\n      chatToCallback(conversationId: $id, input: $input) {\n        id\n      }\n    }\n  ": typeof types.ChatToCallbackDocument,
    "\n    fragment DeskChat on ChatConversation {\n      id\n      queue\n      state\n      customerName\n      customerEmail\n      caseReference\n      endReason\n      task {\n        id\n        dispositionCodes\n      }\n      messages {\n        seq\n        author\n        body\n        at\n      }\n    }\n  ": typeof types.DeskChatFragmentDoc,
    "\n    query MyChats {\n      myChats {\n        ...DeskChat\n      }\n    }\n  ": typeof types.MyChatsDocument,
    "\n    query DeskChatById($id: ID!) {\n      chat(id: $id) {\n        ...DeskChat\n      }\n    }\n  ": typeof types.DeskChatByIdDocument,
    "\n    subscription MyChatEvents {\n      myChatEvents {\n        type\n        conversation {\n          id\n          state\n          endReason\n        }\n        message {\n          seq\n          author\n          body\n          at\n        }\n      }\n    }\n  ": typeof types.MyChatEventsDocument,
    "\n    subscription MyChatWork {\n      myWork {\n        type\n      }\n    }\n  ": typeof types.MyChatWorkDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ContactsInteraction on Interaction {\n    id\n    channel\n    direction\n    subject\n    body\n    attributes\n    createdAt\n    outcome\n    caseReference\n    attachments {\n      filename\n      contentType\n      size\n    }\n    customer {\n      id\n      name\n      email\n      phone\n    }\n    case {\n      id\n      businessKey\n    }\n  }\n": typeof types.ContactsInteractionFragmentDoc,
    "\n  query ContactsTaskExtras($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      state\n      assignee {\n        id\n      }\n      callback {\n        phone\n        windowStart\n        windowEnd\n        attempts\n        maxAttempts\n        outcome\n        readyAt\n      }\n      consultations {\n        id\n        state\n        question\n        answer\n        answeredBy {\n          id\n          name\n        }\n        answeredAt\n      }\n      parentTask {\n        id\n        name\n        processInstance {\n          id\n          businessKey\n        }\n      }\n      interactions {\n        ...ContactsInteraction\n      }\n    }\n  }\n": typeof types.ContactsTaskExtrasDocument,
    "\n  subscription ContactsWork {\n    myWork {\n      type\n      task {\n        id\n      }\n    }\n  }\n": typeof types.ContactsWorkDocument,
    "\n  mutation ContactsConsult($id: ID!, $input: ConsultInput!) {\n    consultTask(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ContactsConsultDocument,
    "\n  mutation ContactsAnswerConsultation($id: ID!, $answer: String!) {\n    answerConsultation(id: $id, answer: $answer) {\n      id\n    }\n  }\n": typeof types.ContactsAnswerConsultationDocument,
    "\n  mutation ContactsClaimCallback($id: ID!) {\n    claimTask(id: $id) {\n      id\n    }\n  }\n": typeof types.ContactsClaimCallbackDocument,
    "\n  query ContactsSearchCustomers($q: String!) {\n    customers(search: $q) {\n      id\n      name\n      email\n      phone\n    }\n  }\n": typeof types.ContactsSearchCustomersDocument,
    "\n  query ContactsCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n      phone\n      createdAt\n      mergedInto\n      interactions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContactsInteraction\n          }\n        }\n      }\n      cases {\n        id\n        businessKey\n        key\n        state\n        startedAt\n        endedAt\n      }\n      tasks {\n        id\n        name\n        state\n        createdAt\n        completedAt\n        kind\n        channel\n        assignee {\n          name\n        }\n      }\n      merges {\n        sourceId\n        sourceName\n        sourceEmail\n        sourcePhone\n        interactionsMoved\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n": typeof types.ContactsCustomerDocument,
    "\n  mutation ContactsMergeCustomers($s: ID!, $t: ID!) {\n    mergeCustomers(sourceId: $s, targetId: $t) {\n      id\n    }\n  }\n": typeof types.ContactsMergeCustomersDocument,
    "\n  query ContactsInteraction($id: ID!) {\n    interaction(id: $id) {\n      ...ContactsInteraction\n      messageId\n      rule {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContactsInteractionDocument,
    "\n  query ContactsCaseContacts($id: ID!) {\n    interactions(filter: { processInstanceId: $id }, first: 100) {\n      edges {\n        node {\n          ...ContactsInteraction\n        }\n      }\n    }\n  }\n": typeof types.ContactsCaseContactsDocument,
    "\n  mutation ContactsReply($input: ReplyToInteractionInput!) {\n    replyToInteraction(input: $input) {\n      id\n    }\n  }\n": typeof types.ContactsReplyDocument,
    "\n  fragment ContactsRule on ClassificationRule {\n    id\n    name\n    position\n    enabled\n    version\n    updatedAt\n    problem\n    updatedBy {\n      name\n    }\n    match {\n      channels\n      attributes\n      keywords\n      subjectPattern\n      bodyPattern\n    }\n    action {\n      processKey\n      messageName\n      variables\n      priority\n      businessValue\n    }\n  }\n": typeof types.ContactsRuleFragmentDoc,
    "\n  query ContactsRules {\n    classificationRules {\n      ...ContactsRule\n    }\n  }\n": typeof types.ContactsRulesDocument,
    "\n  query ContactsRuleVersions {\n    classificationRules {\n      id\n      versions {\n        version\n        change\n        snapshot\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n": typeof types.ContactsRuleVersionsDocument,
    "\n  mutation ContactsUpsertRule($input: ClassificationRuleInput!) {\n    upsertClassificationRule(input: $input) {\n      ...ContactsRule\n    }\n  }\n": typeof types.ContactsUpsertRuleDocument,
    "\n  mutation ContactsDeleteRule($id: ID!) {\n    deleteClassificationRule(id: $id) {\n      id\n    }\n  }\n": typeof types.ContactsDeleteRuleDocument,
    "\n  query ContactsIntakeForms {\n    intakeForms {\n      formKey\n      title\n      schema\n      mapping\n      version\n      updatedAt\n      problem\n      versions {\n        version\n        title\n        mapping\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n": typeof types.ContactsIntakeFormsDocument,
    "\n  mutation ContactsUpsertIntakeForm($input: IntakeFormInput!) {\n    upsertIntakeForm(input: $input) {\n      formKey\n      version\n    }\n  }\n": typeof types.ContactsUpsertIntakeFormDocument,
    "\n  query TaskForm($key: String!) {\n    taskForm(key: $key) {\n      schema\n    }\n  }\n": typeof types.TaskFormDocument,
    "\n  mutation DeployTaskForms($forms: [TaskFormInput!]!) {\n    deployTaskForms(forms: $forms) {\n      key\n      version\n    }\n  }\n": typeof types.DeployTaskFormsDocument,
    "\n  fragment PeopleUser on User {\n    id\n    name\n    email\n    roles\n    groups\n    active\n    mustChangePassword\n  }\n": typeof types.PeopleUserFragmentDoc,
    "\n  query PeopleUsers($f: UserFilter, $after: String) {\n    users(filter: $f, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PeopleUser\n        }\n      }\n    }\n  }\n": typeof types.PeopleUsersDocument,
    "\n  mutation PeopleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n": typeof types.PeopleCreateUserDocument,
    "\n  mutation PeopleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n": typeof types.PeopleUpdateUserDocument,
    "\n  mutation PeopleSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(userId: $id, roles: $roles) {\n      ...PeopleUser\n    }\n  }\n": typeof types.PeopleSetUserRolesDocument,
    "\n  mutation PeopleDeactivateUser($id: ID!) {\n    deactivateUser(userId: $id) {\n      ...PeopleUser\n    }\n  }\n": typeof types.PeopleDeactivateUserDocument,
    "\n  mutation PeopleResetPassword($id: ID!) {\n    resetPassword(userId: $id)\n  }\n": typeof types.PeopleResetPasswordDocument,
    "\n  mutation PeopleSetSkills($input: AgentInput!) {\n    upsertAgent(input: $input) {\n      id\n      skills {\n        name\n        level\n      }\n    }\n  }\n": typeof types.PeopleSetSkillsDocument,
    "\n  query PeopleGroups {\n    groups {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.PeopleGroupsDocument,
    "\n  mutation PeopleCreateGroup($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.PeopleCreateGroupDocument,
    "\n  mutation PeopleUpdateGroup($input: GroupInput!) {\n    updateGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.PeopleUpdateGroupDocument,
    "\n  mutation PeopleSetGroupMembers($id: ID!, $members: [ID!]!) {\n    setGroupMembers(id: $id, members: $members) {\n      id\n    }\n  }\n": typeof types.PeopleSetGroupMembersDocument,
    "\n  mutation PeopleDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.PeopleDeleteGroupDocument,
    "\n  query PeopleAuditLog($f: AuditFilter, $after: String) {\n    auditLog(filter: $f, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          subjectType\n          subjectId\n          actorId\n          onBehalfOf\n          at\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.PeopleAuditLogDocument,
    "\n  query PeopleQueues {\n    queues {\n      name\n      channel\n      slaSeconds\n      slaTargetPercent\n      reservationTimeoutSeconds\n      agingPerMinute\n      serviceLevelRule\n      abandonGraceSeconds\n      dispositionCodes\n      cannedResponses {\n        title\n        text\n      }\n      escalation {\n        afterSeconds\n        lowerSkillLevelBy\n        addGroup\n        raisePriority\n        moveToQueue\n        widenToSites\n        widenToAllSites\n      }\n      site {\n        id\n      }\n      businessHoursSla\n    }\n  }\n": typeof types.PeopleQueuesDocument,
    "\n  mutation PeopleUpsertQueue($input: QueueInput!) {\n    upsertQueue(input: $input) {\n      name\n    }\n  }\n": typeof types.PeopleUpsertQueueDocument,
    "\n  query PeopleAgents {\n    agents {\n      id\n      name\n      site {\n        id\n      }\n      skills {\n        name\n        level\n      }\n      capacity {\n        VOICE\n        CHAT\n        EMAIL\n        BACKOFFICE\n        total\n      }\n    }\n  }\n": typeof types.PeopleAgentsDocument,
    "\n  mutation PeopleUpsertAgent($input: AgentInput!) {\n    upsertAgent(input: $input) {\n      id\n    }\n  }\n": typeof types.PeopleUpsertAgentDocument,
    "\n  query PlanningQueues {\n    queues {\n      name\n      channel\n      slaSeconds\n      site {\n        timeZone\n      }\n    }\n  }\n": typeof types.PlanningQueuesDocument,
    "\n  query PlanningView($queue: String!, $from: DateTime!, $to: DateTime!, $interval: Int) {\n    forecast(input: { queue: $queue, from: $from, to: $to, intervalMinutes: $interval }) {\n      timeZone\n      intervals {\n        start\n        arrivals\n        closed\n      }\n      history {\n        start\n        arrivals\n      }\n      accuracy {\n        wape\n        baselineWape\n        folds\n      }\n    }\n    staffingPlan(queue: $queue, from: $from, to: $to, intervalMinutes: $interval) {\n      start\n      forecastArrivals\n      averageHandleSeconds\n      requiredErlangC\n      requiredErlangA\n      rostered\n      present\n      gap\n    }\n    rosterShifts(from: $from, to: $to) {\n      id\n      agentId\n      date\n      start\n      end\n      queue\n      breaks {\n        start\n        end\n      }\n    }\n    queuePlanning(queue: $queue) {\n      patienceSeconds\n    }\n  }\n": typeof types.PlanningViewDocument,
    "\n  mutation PlanningUpsertShift($input: RosterShiftInput!) {\n    upsertRosterShift(input: $input) {\n      id\n    }\n  }\n": typeof types.PlanningUpsertShiftDocument,
    "\n  mutation PlanningDeleteShift($id: ID!) {\n    deleteRosterShift(id: $id)\n  }\n": typeof types.PlanningDeleteShiftDocument,
    "\n  mutation PlanningImportRoster($csv: String!) {\n    importRoster(csv: $csv)\n  }\n": typeof types.PlanningImportRosterDocument,
    "\n  mutation PlanningAdjustForecast($input: ForecastAdjustmentInput!) {\n    adjustForecast(input: $input)\n  }\n": typeof types.PlanningAdjustForecastDocument,
    "\n  query PlanningDayScenario($date: String!, $queue: String, $interval: Int) {\n    daySimulationScenario(date: $date, queue: $queue, intervalMinutes: $interval)\n  }\n": typeof types.PlanningDayScenarioDocument,
    "\n  mutation PlanningSimulate($scenario: JSON!) {\n    simulate(scenario: $scenario) {\n      id\n    }\n  }\n": typeof types.PlanningSimulateDocument,
    "\n  query PlanningSimulationRun($id: ID!) {\n    simulationRun(id: $id) {\n      id\n      state\n      progress\n      result\n      error\n    }\n  }\n": typeof types.PlanningSimulationRunDocument,
    "\n  fragment TaskRow on Task {\n    id\n    name\n    state\n    queue\n    priority\n    dueAt\n    slaDueAt\n    slaBreachedAt\n    createdAt\n    assignee {\n      id\n      name\n    }\n    channel\n    processDefinition {\n      key\n    }\n  }\n": typeof types.TaskRowFragmentDoc,
    "\n  query Tasks($filter: TaskFilter, $first: Int, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TaskRow\n        }\n      }\n    }\n  }\n": typeof types.TasksDocument,
    "\n  subscription TaskEvents($queue: String) {\n    taskEvents(queue: $queue) {\n      type\n      task {\n        ...TaskRow\n      }\n    }\n  }\n": typeof types.TaskEventsDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      id\n    }\n  }\n": typeof types.ClaimTaskDocument,
    "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      id\n    }\n  }\n": typeof types.UnclaimTaskDocument,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      ...TaskRow\n      documentation\n      formKey\n      variables\n      elementId\n      candidateGroups\n      skills {\n        name\n        level\n      }\n      businessValue\n      processInstance {\n        id\n        businessKey\n        tasks {\n          id\n          name\n          elementId\n        }\n        history {\n          id\n          type\n          at\n          elementId\n          elementName\n          taskId\n          actor {\n            id\n            name\n          }\n        }\n      }\n      interactions {\n        ...Contact\n      }\n    }\n  }\n": typeof types.TaskDocument,
    "\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n      businessHours {\n        day\n        open\n        close\n      }\n      holidays {\n        date\n        name\n      }\n      supervisors {\n        id\n      }\n    }\n  }\n": typeof types.AdminSitesDocument,
    "\n  mutation AdminUpsertSite($input: SiteInput!) {\n    upsertSite(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpsertSiteDocument,
    "\n  query MySupervisedSites {\n    me {\n      id\n      supervisedSites {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MySupervisedSitesDocument,
    "\n    query AgentDesk($id: ID!) {\n      agent(id: $id) {\n        id\n        name\n        presence\n        presenceReason\n        presenceSince\n        skills {\n          name\n          level\n        }\n        capacity {\n          total\n        }\n        load {\n          total\n        }\n        tasks {\n          id\n          name\n          state\n          kind\n          channel\n          queue\n          callId\n          customer\n          pausedAt\n          onHold\n          holdSeconds\n          waitSeconds\n          customerCard {\n            customerId\n            name\n            phone\n            recentContacts {\n              id\n              channel\n              subject\n              at\n            }\n            openCases {\n              id\n              definitionKey\n              businessKey\n              startedAt\n            }\n          }\n        }\n        wrapUp {\n          id\n          name\n          queue\n          dispositionCode\n          dispositionCodes\n        }\n        reservations {\n          id\n          state\n          createdAt\n          expiresAt\n          task {\n            id\n            name\n            queue\n            kind\n            channel\n            priority\n            skills {\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.AgentDeskDocument,
    "\n    query PresenceReasons {\n      presenceReasons\n    }\n  ": typeof types.PresenceReasonsDocument,
    "\n    mutation CallCommand($taskId: ID!, $command: CallCommand!, $target: String) {\n      callCommand(taskId: $taskId, command: $command, target: $target) {\n        id\n      }\n    }\n  ": typeof types.CallCommandDocument,
    "\n    mutation SetDisposition($taskId: ID!, $code: String!, $note: String) {\n      setDisposition(taskId: $taskId, code: $code, note: $note) {\n        id\n        dispositionCode\n      }\n    }\n  ": typeof types.SetDispositionDocument,
    "\n    subscription MyWork {\n      myWork {\n        type\n      }\n    }\n  ": typeof types.MyWorkDocument,
    "\n    mutation SetPresence($i: SetPresenceInput!) {\n      setPresence(input: $i) {\n        id\n      }\n    }\n  ": typeof types.SetPresenceDocument,
    "\n    mutation AcceptReservation($id: ID!) {\n      acceptReservation(id: $id) {\n        id\n      }\n    }\n  ": typeof types.AcceptReservationDocument,
    "\n    mutation RejectReservation($id: ID!) {\n      rejectReservation(id: $id, reason: \"declined at desk\") {\n        id\n      }\n    }\n  ": typeof types.RejectReservationDocument,
    "\n    mutation ResumeTask($id: ID!) {\n      resumeTask(id: $id) {\n        id\n      }\n    }\n  ": typeof types.ResumeTaskDocument,
    "\n    mutation ChangePassword($o: String!, $n: String!) {\n      changePassword(oldPassword: $o, newPassword: $n)\n    }\n  ": typeof types.ChangePasswordDocument,
    "\n    query Definitions {\n      processDefinitions {\n        id\n        key\n        version\n        name\n        deployedAt\n        deployedBy {\n          name\n        }\n      }\n    }\n  ": typeof types.DefinitionsDocument,
    "\n    fragment DefinitionWarnings on ProcessDefinition {\n      id\n      warnings {\n        elementId\n        elementName\n        code\n        requirement\n      }\n    }\n  ": typeof types.DefinitionWarningsFragmentDoc,
    "\n    query CompareVersions($a: ID!, $b: ID!) {\n      a: processDefinition(id: $a) {\n        bpmnXml\n      }\n      b: processDefinition(id: $b) {\n        bpmnXml\n      }\n    }\n  ": typeof types.CompareVersionsDocument,
    "\n    mutation NextTask {\n      nextTask {\n        id\n      }\n    }\n  ": typeof types.NextTaskDocument,
    "\n    fragment InstanceFields on ProcessInstance {\n      id\n      key\n      businessKey\n      state\n      variables\n      activeElementIds\n      startedAt\n      endedAt\n      endReason\n      tasks {\n        id\n        name\n        state\n        elementId\n        assignee {\n          name\n        }\n      }\n      incidents {\n        id\n        type\n        elementId\n        message\n      }\n      history {\n        id\n        type\n        at\n        elementId\n        elementName\n        taskId\n        actor {\n          name\n        }\n      }\n    }\n  ": typeof types.InstanceFieldsFragmentDoc,
    "\n    query Instance($id: ID!) {\n      processInstance(id: $id) {\n        ...InstanceFields\n        definition {\n          id\n          version\n          bpmnXml\n        }\n      }\n    }\n  ": typeof types.InstanceDocument,
    "\n    subscription InstanceEvents($id: ID!) {\n      processInstanceEvents(id: $id) {\n        type\n        instance {\n          ...InstanceFields\n        }\n      }\n    }\n  ": typeof types.InstanceEventsDocument,
    "\n    mutation CancelInstance($id: ID!, $r: String) {\n      cancelProcessInstance(id: $id, reason: $r) {\n        id\n      }\n    }\n  ": typeof types.CancelInstanceDocument,
    "\n    mutation RetryIncident($id: ID!) {\n      retryIncident(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RetryIncidentDocument,
    "\n    query Instances($f: ProcessInstanceFilter, $after: String) {\n      processInstances(filter: $f, first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            key\n            businessKey\n            state\n            startedAt\n            endedAt\n            definition {\n              version\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.InstancesDocument,
    "\n    query ModelerDefinition($id: ID!) {\n      processDefinition(id: $id) {\n        key\n        bpmnXml\n      }\n    }\n  ": typeof types.ModelerDefinitionDocument,
    "\n    mutation DeployProcess($x: String!, $n: String) {\n      deployProcess(input: { bpmnXml: $x, name: $n }) {\n        id\n        key\n        version\n        warnings {\n          elementId\n          elementName\n          code\n          requirement\n        }\n      }\n    }\n  ": typeof types.DeployProcessDocument,
    "\n    query ReportQueues($f: ReportFilter!) {\n      queueReport(filter: $f) {\n        queue\n        channel\n        start\n        end\n        total\n        overRange\n        offered\n        answered\n        abandoned\n        serviceLevelPercent\n        serviceLevelTargetPercent\n        averageSpeedOfAnswerSeconds\n        averageHandleSeconds\n        handled\n        backlog\n      }\n    }\n  ": typeof types.ReportQueuesDocument,
    "\n    query ReportAgents($f: ReportFilter!) {\n      agentReport(filter: $f) {\n        agent\n        start\n        handled\n        averageHandleSeconds\n        occupancyPercent\n        availableSeconds\n        busySeconds\n        wrapUpSeconds\n        awaySeconds\n      }\n    }\n  ": typeof types.ReportAgentsDocument,
    "\n    mutation SignIn($u: ID!, $p: String!) {\n      signIn(userId: $u, password: $p) {\n        token\n        mustChangePassword\n        user {\n          id\n          name\n          roles\n          groups\n        }\n      }\n    }\n  ": typeof types.SignInDocument,
    "\n    query SignInOptions {\n      signInOptions {\n        localPasswords\n        singleSignOn {\n          providerName\n          loginPath\n        }\n      }\n    }\n  ": typeof types.SignInOptionsDocument,
    "\n    mutation RedeemSignInCode($code: String!) {\n      redeemSignInCode(code: $code) {\n        token\n        mustChangePassword\n        user {\n          id\n          name\n          roles\n          groups\n        }\n      }\n    }\n  ": typeof types.RedeemSignInCodeDocument,
    "\n    fragment BoardQueue on Queue {\n      name\n      channel\n      slaSeconds\n      slaTargetPercent\n      stats {\n        waiting\n        reserved\n        assigned\n        paused\n        oldestWaitingSeconds\n        serviceLevelPercent\n        atRisk\n        handledToday\n        abandonedToday\n        estimatedWaitSeconds\n        agentsByPresence {\n          presence\n          count\n        }\n        hourly {\n          hour\n          arrived\n          handled\n          withinSla\n          abandoned\n        }\n      }\n    }\n  ": typeof types.BoardQueueFragmentDoc,
    "\n    query BoardQueues {\n      queues {\n        ...BoardQueue\n      }\n    }\n  ": typeof types.BoardQueuesDocument,
    "\n    subscription BoardQueueStats {\n      queueStats {\n        ...BoardQueue\n      }\n    }\n  ": typeof types.BoardQueueStatsDocument,
    "\n    query WaitingToday {\n      queues {\n        name\n        waitingToday {\n          at\n          waiting\n        }\n      }\n    }\n  ": typeof types.WaitingTodayDocument,
    "\n    query BoardAgents {\n      agents {\n        id\n        name\n        presence\n        presenceReason\n        load {\n          total\n        }\n        capacity {\n          total\n        }\n        tasks {\n          id\n          name\n          state\n        }\n      }\n    }\n  ": typeof types.BoardAgentsDocument,
    "\n    query BoardTasks($f: TaskFilter) {\n      tasks(filter: $f, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            state\n            queue\n            priority\n            assignee {\n              id\n              name\n            }\n            reservation {\n              agent {\n                id\n              }\n            }\n            routingDecision\n          }\n        }\n      }\n    }\n  ": typeof types.BoardTasksDocument,
    "\n    mutation AssignTask($id: ID!, $a: ID!) {\n      assignTask(id: $id, agentId: $a) {\n        id\n      }\n    }\n  ": typeof types.AssignTaskDocument,
    "\n    mutation CompleteTask($id: ID!, $v: JSON) {\n      completeTask(id: $id, variables: $v) {\n        id\n      }\n    }\n  ": typeof types.CompleteTaskDocument,
};
const documents: Documents = {
    "\n    query CannedResponses($id: ID!) {\n      task(id: $id) {\n        id\n        cannedResponses {\n          title\n          text\n        }\n      }\n    }\n  ": types.CannedResponsesDocument,
    "\n    query ClusterNodes {\n      cluster {\n        leaderTerm\n        nodes {\n          id\n          host\n          startedAt\n          lastSeenAt\n          role\n          version\n          stale\n        }\n      }\n    }\n  ": types.ClusterNodesDocument,
    "\n    fragment Contact on Interaction {\n      id\n      channel\n      direction\n      subject\n      body\n      createdAt\n      attributes\n      attachments {\n        filename\n        contentType\n        size\n      }\n      customer {\n        name\n        email\n        phone\n      }\n    }\n  ": types.ContactFragmentDoc,
    "\n    query HeatMapDefinition($key: String!) {\n      processDefinitions(key: $key) {\n        id\n        version\n        name\n        bpmnXml\n      }\n    }\n  ": types.HeatMapDefinitionDocument,
    "\n    query HeatMapReport($filter: ReportFilter!, $key: String!) {\n      processReport(filter: $filter, processKey: $key) {\n        instancesStarted\n        instancesCompleted\n        instancesCancelled\n        duration {\n          p50Seconds\n          p90Seconds\n        }\n        elements {\n          elementId\n          count\n          waiting {\n            meanSeconds\n            p90Seconds\n          }\n          working {\n            meanSeconds\n            p90Seconds\n          }\n          total {\n            meanSeconds\n            p90Seconds\n          }\n        }\n        slaBreachStarts {\n          elementId\n          count\n        }\n      }\n    }\n  ": types.HeatMapReportDocument,
    "\n    query StartFormModel($id: ID!) {\n      processDefinition(id: $id) {\n        bpmnXml\n      }\n    }\n  ": types.StartFormModelDocument,
    "\n    mutation StartProcess($i: StartProcessInput!) {\n      startProcess(input: $i) {\n        id\n        businessKey\n      }\n    }\n  ": types.StartProcessDocument,
    "\n    query WhyWaiting($id: ID!) {\n      whyWaiting(taskId: $id) {\n        waiting\n        reasons {\n          code\n          requirement\n        }\n        skills {\n          name\n          level\n          agents\n          bestLevel\n        }\n        qualifiedAgents\n        presentAgents\n        freeAgents\n        claimers\n        nextEscalationAt\n      }\n    }\n  ": types.WhyWaitingDocument,
    "\n    mutation SendChatMessage($id: ID!, $body: String!) {\n      sendChatMessage(conversationId: $id, body: $body) {\n        seq\n      }\n    }\n  ": types.SendChatMessageDocument,
    "\n    mutation CloseChat($id: ID!, $code: String, $note: String) {\n      closeChat(conversationId: $id, dispositionCode: $code, note: $note) {\n        id\n        state\n        endReason\n      }\n    }\n  ": types.CloseChatDocument,
    "\n    mutation ChatToCallback($id: ID!, $input: ChatCallbackInput!) {\n      chatToCallback(conversationId: $id, input: $input) {\n        id\n      }\n    }\n  ": types.ChatToCallbackDocument,
    "\n    fragment DeskChat on ChatConversation {\n      id\n      queue\n      state\n      customerName\n      customerEmail\n      caseReference\n      endReason\n      task {\n        id\n        dispositionCodes\n      }\n      messages {\n        seq\n        author\n        body\n        at\n      }\n    }\n  ": types.DeskChatFragmentDoc,
    "\n    query MyChats {\n      myChats {\n        ...DeskChat\n      }\n    }\n  ": types.MyChatsDocument,
    "\n    query DeskChatById($id: ID!) {\n      chat(id: $id) {\n        ...DeskChat\n      }\n    }\n  ": types.DeskChatByIdDocument,
    "\n    subscription MyChatEvents {\n      myChatEvents {\n        type\n        conversation {\n          id\n          state\n          endReason\n        }\n        message {\n          seq\n          author\n          body\n          at\n        }\n      }\n    }\n  ": types.MyChatEventsDocument,
    "\n    subscription MyChatWork {\n      myWork {\n        type\n      }\n    }\n  ": types.MyChatWorkDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ContactsInteraction on Interaction {\n    id\n    channel\n    direction\n    subject\n    body\n    attributes\n    createdAt\n    outcome\n    caseReference\n    attachments {\n      filename\n      contentType\n      size\n    }\n    customer {\n      id\n      name\n      email\n      phone\n    }\n    case {\n      id\n      businessKey\n    }\n  }\n": types.ContactsInteractionFragmentDoc,
    "\n  query ContactsTaskExtras($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      state\n      assignee {\n        id\n      }\n      callback {\n        phone\n        windowStart\n        windowEnd\n        attempts\n        maxAttempts\n        outcome\n        readyAt\n      }\n      consultations {\n        id\n        state\n        question\n        answer\n        answeredBy {\n          id\n          name\n        }\n        answeredAt\n      }\n      parentTask {\n        id\n        name\n        processInstance {\n          id\n          businessKey\n        }\n      }\n      interactions {\n        ...ContactsInteraction\n      }\n    }\n  }\n": types.ContactsTaskExtrasDocument,
    "\n  subscription ContactsWork {\n    myWork {\n      type\n      task {\n        id\n      }\n    }\n  }\n": types.ContactsWorkDocument,
    "\n  mutation ContactsConsult($id: ID!, $input: ConsultInput!) {\n    consultTask(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ContactsConsultDocument,
    "\n  mutation ContactsAnswerConsultation($id: ID!, $answer: String!) {\n    answerConsultation(id: $id, answer: $answer) {\n      id\n    }\n  }\n": types.ContactsAnswerConsultationDocument,
    "\n  mutation ContactsClaimCallback($id: ID!) {\n    claimTask(id: $id) {\n      id\n    }\n  }\n": types.ContactsClaimCallbackDocument,
    "\n  query ContactsSearchCustomers($q: String!) {\n    customers(search: $q) {\n      id\n      name\n      email\n      phone\n    }\n  }\n": types.ContactsSearchCustomersDocument,
    "\n  query ContactsCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n      phone\n      createdAt\n      mergedInto\n      interactions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContactsInteraction\n          }\n        }\n      }\n      cases {\n        id\n        businessKey\n        key\n        state\n        startedAt\n        endedAt\n      }\n      tasks {\n        id\n        name\n        state\n        createdAt\n        completedAt\n        kind\n        channel\n        assignee {\n          name\n        }\n      }\n      merges {\n        sourceId\n        sourceName\n        sourceEmail\n        sourcePhone\n        interactionsMoved\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n": types.ContactsCustomerDocument,
    "\n  mutation ContactsMergeCustomers($s: ID!, $t: ID!) {\n    mergeCustomers(sourceId: $s, targetId: $t) {\n      id\n    }\n  }\n": types.ContactsMergeCustomersDocument,
    "\n  query ContactsInteraction($id: ID!) {\n    interaction(id: $id) {\n      ...ContactsInteraction\n      messageId\n      rule {\n        id\n        name\n      }\n    }\n  }\n": types.ContactsInteractionDocument,
    "\n  query ContactsCaseContacts($id: ID!) {\n    interactions(filter: { processInstanceId: $id }, first: 100) {\n      edges {\n        node {\n          ...ContactsInteraction\n        }\n      }\n    }\n  }\n": types.ContactsCaseContactsDocument,
    "\n  mutation ContactsReply($input: ReplyToInteractionInput!) {\n    replyToInteraction(input: $input) {\n      id\n    }\n  }\n": types.ContactsReplyDocument,
    "\n  fragment ContactsRule on ClassificationRule {\n    id\n    name\n    position\n    enabled\n    version\n    updatedAt\n    problem\n    updatedBy {\n      name\n    }\n    match {\n      channels\n      attributes\n      keywords\n      subjectPattern\n      bodyPattern\n    }\n    action {\n      processKey\n      messageName\n      variables\n      priority\n      businessValue\n    }\n  }\n": types.ContactsRuleFragmentDoc,
    "\n  query ContactsRules {\n    classificationRules {\n      ...ContactsRule\n    }\n  }\n": types.ContactsRulesDocument,
    "\n  query ContactsRuleVersions {\n    classificationRules {\n      id\n      versions {\n        version\n        change\n        snapshot\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n": types.ContactsRuleVersionsDocument,
    "\n  mutation ContactsUpsertRule($input: ClassificationRuleInput!) {\n    upsertClassificationRule(input: $input) {\n      ...ContactsRule\n    }\n  }\n": types.ContactsUpsertRuleDocument,
    "\n  mutation ContactsDeleteRule($id: ID!) {\n    deleteClassificationRule(id: $id) {\n      id\n    }\n  }\n": types.ContactsDeleteRuleDocument,
    "\n  query ContactsIntakeForms {\n    intakeForms {\n      formKey\n      title\n      schema\n      mapping\n      version\n      updatedAt\n      problem\n      versions {\n        version\n        title\n        mapping\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n": types.ContactsIntakeFormsDocument,
    "\n  mutation ContactsUpsertIntakeForm($input: IntakeFormInput!) {\n    upsertIntakeForm(input: $input) {\n      formKey\n      version\n    }\n  }\n": types.ContactsUpsertIntakeFormDocument,
    "\n  query TaskForm($key: String!) {\n    taskForm(key: $key) {\n      schema\n    }\n  }\n": types.TaskFormDocument,
    "\n  mutation DeployTaskForms($forms: [TaskFormInput!]!) {\n    deployTaskForms(forms: $forms) {\n      key\n      version\n    }\n  }\n": types.DeployTaskFormsDocument,
    "\n  fragment PeopleUser on User {\n    id\n    name\n    email\n    roles\n    groups\n    active\n    mustChangePassword\n  }\n": types.PeopleUserFragmentDoc,
    "\n  query PeopleUsers($f: UserFilter, $after: String) {\n    users(filter: $f, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PeopleUser\n        }\n      }\n    }\n  }\n": types.PeopleUsersDocument,
    "\n  mutation PeopleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n": types.PeopleCreateUserDocument,
    "\n  mutation PeopleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n": types.PeopleUpdateUserDocument,
    "\n  mutation PeopleSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(userId: $id, roles: $roles) {\n      ...PeopleUser\n    }\n  }\n": types.PeopleSetUserRolesDocument,
    "\n  mutation PeopleDeactivateUser($id: ID!) {\n    deactivateUser(userId: $id) {\n      ...PeopleUser\n    }\n  }\n": types.PeopleDeactivateUserDocument,
    "\n  mutation PeopleResetPassword($id: ID!) {\n    resetPassword(userId: $id)\n  }\n": types.PeopleResetPasswordDocument,
    "\n  mutation PeopleSetSkills($input: AgentInput!) {\n    upsertAgent(input: $input) {\n      id\n      skills {\n        name\n        level\n      }\n    }\n  }\n": types.PeopleSetSkillsDocument,
    "\n  query PeopleGroups {\n    groups {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.PeopleGroupsDocument,
    "\n  mutation PeopleCreateGroup($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": types.PeopleCreateGroupDocument,
    "\n  mutation PeopleUpdateGroup($input: GroupInput!) {\n    updateGroup(input: $input) {\n      id\n    }\n  }\n": types.PeopleUpdateGroupDocument,
    "\n  mutation PeopleSetGroupMembers($id: ID!, $members: [ID!]!) {\n    setGroupMembers(id: $id, members: $members) {\n      id\n    }\n  }\n": types.PeopleSetGroupMembersDocument,
    "\n  mutation PeopleDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": types.PeopleDeleteGroupDocument,
    "\n  query PeopleAuditLog($f: AuditFilter, $after: String) {\n    auditLog(filter: $f, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          subjectType\n          subjectId\n          actorId\n          onBehalfOf\n          at\n          before\n          after\n        }\n      }\n    }\n  }\n": types.PeopleAuditLogDocument,
    "\n  query PeopleQueues {\n    queues {\n      name\n      channel\n      slaSeconds\n      slaTargetPercent\n      reservationTimeoutSeconds\n      agingPerMinute\n      serviceLevelRule\n      abandonGraceSeconds\n      dispositionCodes\n      cannedResponses {\n        title\n        text\n      }\n      escalation {\n        afterSeconds\n        lowerSkillLevelBy\n        addGroup\n        raisePriority\n        moveToQueue\n        widenToSites\n        widenToAllSites\n      }\n      site {\n        id\n      }\n      businessHoursSla\n    }\n  }\n": types.PeopleQueuesDocument,
    "\n  mutation PeopleUpsertQueue($input: QueueInput!) {\n    upsertQueue(input: $input) {\n      name\n    }\n  }\n": types.PeopleUpsertQueueDocument,
    "\n  query PeopleAgents {\n    agents {\n      id\n      name\n      site {\n        id\n      }\n      skills {\n        name\n        level\n      }\n      capacity {\n        VOICE\n        CHAT\n        EMAIL\n        BACKOFFICE\n        total\n      }\n    }\n  }\n": types.PeopleAgentsDocument,
    "\n  mutation PeopleUpsertAgent($input: AgentInput!) {\n    upsertAgent(input: $input) {\n      id\n    }\n  }\n": types.PeopleUpsertAgentDocument,
    "\n  query PlanningQueues {\n    queues {\n      name\n      channel\n      slaSeconds\n      site {\n        timeZone\n      }\n    }\n  }\n": types.PlanningQueuesDocument,
    "\n  query PlanningView($queue: String!, $from: DateTime!, $to: DateTime!, $interval: Int) {\n    forecast(input: { queue: $queue, from: $from, to: $to, intervalMinutes: $interval }) {\n      timeZone\n      intervals {\n        start\n        arrivals\n        closed\n      }\n      history {\n        start\n        arrivals\n      }\n      accuracy {\n        wape\n        baselineWape\n        folds\n      }\n    }\n    staffingPlan(queue: $queue, from: $from, to: $to, intervalMinutes: $interval) {\n      start\n      forecastArrivals\n      averageHandleSeconds\n      requiredErlangC\n      requiredErlangA\n      rostered\n      present\n      gap\n    }\n    rosterShifts(from: $from, to: $to) {\n      id\n      agentId\n      date\n      start\n      end\n      queue\n      breaks {\n        start\n        end\n      }\n    }\n    queuePlanning(queue: $queue) {\n      patienceSeconds\n    }\n  }\n": types.PlanningViewDocument,
    "\n  mutation PlanningUpsertShift($input: RosterShiftInput!) {\n    upsertRosterShift(input: $input) {\n      id\n    }\n  }\n": types.PlanningUpsertShiftDocument,
    "\n  mutation PlanningDeleteShift($id: ID!) {\n    deleteRosterShift(id: $id)\n  }\n": types.PlanningDeleteShiftDocument,
    "\n  mutation PlanningImportRoster($csv: String!) {\n    importRoster(csv: $csv)\n  }\n": types.PlanningImportRosterDocument,
    "\n  mutation PlanningAdjustForecast($input: ForecastAdjustmentInput!) {\n    adjustForecast(input: $input)\n  }\n": types.PlanningAdjustForecastDocument,
    "\n  query PlanningDayScenario($date: String!, $queue: String, $interval: Int) {\n    daySimulationScenario(date: $date, queue: $queue, intervalMinutes: $interval)\n  }\n": types.PlanningDayScenarioDocument,
    "\n  mutation PlanningSimulate($scenario: JSON!) {\n    simulate(scenario: $scenario) {\n      id\n    }\n  }\n": types.PlanningSimulateDocument,
    "\n  query PlanningSimulationRun($id: ID!) {\n    simulationRun(id: $id) {\n      id\n      state\n      progress\n      result\n      error\n    }\n  }\n": types.PlanningSimulationRunDocument,
    "\n  fragment TaskRow on Task {\n    id\n    name\n    state\n    queue\n    priority\n    dueAt\n    slaDueAt\n    slaBreachedAt\n    createdAt\n    assignee {\n      id\n      name\n    }\n    channel\n    processDefinition {\n      key\n    }\n  }\n": types.TaskRowFragmentDoc,
    "\n  query Tasks($filter: TaskFilter, $first: Int, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TaskRow\n        }\n      }\n    }\n  }\n": types.TasksDocument,
    "\n  subscription TaskEvents($queue: String) {\n    taskEvents(queue: $queue) {\n      type\n      task {\n        ...TaskRow\n      }\n    }\n  }\n": types.TaskEventsDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      id\n    }\n  }\n": types.ClaimTaskDocument,
    "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      id\n    }\n  }\n": types.UnclaimTaskDocument,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      ...TaskRow\n      documentation\n      formKey\n      variables\n      elementId\n      candidateGroups\n      skills {\n        name\n        level\n      }\n      businessValue\n      processInstance {\n        id\n        businessKey\n        tasks {\n          id\n          name\n          elementId\n        }\n        history {\n          id\n          type\n          at\n          elementId\n          elementName\n          taskId\n          actor {\n            id\n            name\n          }\n        }\n      }\n      interactions {\n        ...Contact\n      }\n    }\n  }\n": types.TaskDocument,
    "\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n      businessHours {\n        day\n        open\n        close\n      }\n      holidays {\n        date\n        name\n      }\n      supervisors {\n        id\n      }\n    }\n  }\n": types.AdminSitesDocument,
    "\n  mutation AdminUpsertSite($input: SiteInput!) {\n    upsertSite(input: $input) {\n      id\n    }\n  }\n": types.AdminUpsertSiteDocument,
    "\n  query MySupervisedSites {\n    me {\n      id\n      supervisedSites {\n        id\n        name\n      }\n    }\n  }\n": types.MySupervisedSitesDocument,
    "\n    query AgentDesk($id: ID!) {\n      agent(id: $id) {\n        id\n        name\n        presence\n        presenceReason\n        presenceSince\n        skills {\n          name\n          level\n        }\n        capacity {\n          total\n        }\n        load {\n          total\n        }\n        tasks {\n          id\n          name\n          state\n          kind\n          channel\n          queue\n          callId\n          customer\n          pausedAt\n          onHold\n          holdSeconds\n          waitSeconds\n          customerCard {\n            customerId\n            name\n            phone\n            recentContacts {\n              id\n              channel\n              subject\n              at\n            }\n            openCases {\n              id\n              definitionKey\n              businessKey\n              startedAt\n            }\n          }\n        }\n        wrapUp {\n          id\n          name\n          queue\n          dispositionCode\n          dispositionCodes\n        }\n        reservations {\n          id\n          state\n          createdAt\n          expiresAt\n          task {\n            id\n            name\n            queue\n            kind\n            channel\n            priority\n            skills {\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  ": types.AgentDeskDocument,
    "\n    query PresenceReasons {\n      presenceReasons\n    }\n  ": types.PresenceReasonsDocument,
    "\n    mutation CallCommand($taskId: ID!, $command: CallCommand!, $target: String) {\n      callCommand(taskId: $taskId, command: $command, target: $target) {\n        id\n      }\n    }\n  ": types.CallCommandDocument,
    "\n    mutation SetDisposition($taskId: ID!, $code: String!, $note: String) {\n      setDisposition(taskId: $taskId, code: $code, note: $note) {\n        id\n        dispositionCode\n      }\n    }\n  ": types.SetDispositionDocument,
    "\n    subscription MyWork {\n      myWork {\n        type\n      }\n    }\n  ": types.MyWorkDocument,
    "\n    mutation SetPresence($i: SetPresenceInput!) {\n      setPresence(input: $i) {\n        id\n      }\n    }\n  ": types.SetPresenceDocument,
    "\n    mutation AcceptReservation($id: ID!) {\n      acceptReservation(id: $id) {\n        id\n      }\n    }\n  ": types.AcceptReservationDocument,
    "\n    mutation RejectReservation($id: ID!) {\n      rejectReservation(id: $id, reason: \"declined at desk\") {\n        id\n      }\n    }\n  ": types.RejectReservationDocument,
    "\n    mutation ResumeTask($id: ID!) {\n      resumeTask(id: $id) {\n        id\n      }\n    }\n  ": types.ResumeTaskDocument,
    "\n    mutation ChangePassword($o: String!, $n: String!) {\n      changePassword(oldPassword: $o, newPassword: $n)\n    }\n  ": types.ChangePasswordDocument,
    "\n    query Definitions {\n      processDefinitions {\n        id\n        key\n        version\n        name\n        deployedAt\n        deployedBy {\n          name\n        }\n      }\n    }\n  ": types.DefinitionsDocument,
    "\n    fragment DefinitionWarnings on ProcessDefinition {\n      id\n      warnings {\n        elementId\n        elementName\n        code\n        requirement\n      }\n    }\n  ": types.DefinitionWarningsFragmentDoc,
    "\n    query CompareVersions($a: ID!, $b: ID!) {\n      a: processDefinition(id: $a) {\n        bpmnXml\n      }\n      b: processDefinition(id: $b) {\n        bpmnXml\n      }\n    }\n  ": types.CompareVersionsDocument,
    "\n    mutation NextTask {\n      nextTask {\n        id\n      }\n    }\n  ": types.NextTaskDocument,
    "\n    fragment InstanceFields on ProcessInstance {\n      id\n      key\n      businessKey\n      state\n      variables\n      activeElementIds\n      startedAt\n      endedAt\n      endReason\n      tasks {\n        id\n        name\n        state\n        elementId\n        assignee {\n          name\n        }\n      }\n      incidents {\n        id\n        type\n        elementId\n        message\n      }\n      history {\n        id\n        type\n        at\n        elementId\n        elementName\n        taskId\n        actor {\n          name\n        }\n      }\n    }\n  ": types.InstanceFieldsFragmentDoc,
    "\n    query Instance($id: ID!) {\n      processInstance(id: $id) {\n        ...InstanceFields\n        definition {\n          id\n          version\n          bpmnXml\n        }\n      }\n    }\n  ": types.InstanceDocument,
    "\n    subscription InstanceEvents($id: ID!) {\n      processInstanceEvents(id: $id) {\n        type\n        instance {\n          ...InstanceFields\n        }\n      }\n    }\n  ": types.InstanceEventsDocument,
    "\n    mutation CancelInstance($id: ID!, $r: String) {\n      cancelProcessInstance(id: $id, reason: $r) {\n        id\n      }\n    }\n  ": types.CancelInstanceDocument,
    "\n    mutation RetryIncident($id: ID!) {\n      retryIncident(id: $id) {\n        id\n      }\n    }\n  ": types.RetryIncidentDocument,
    "\n    query Instances($f: ProcessInstanceFilter, $after: String) {\n      processInstances(filter: $f, first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            key\n            businessKey\n            state\n            startedAt\n            endedAt\n            definition {\n              version\n            }\n          }\n        }\n      }\n    }\n  ": types.InstancesDocument,
    "\n    query ModelerDefinition($id: ID!) {\n      processDefinition(id: $id) {\n        key\n        bpmnXml\n      }\n    }\n  ": types.ModelerDefinitionDocument,
    "\n    mutation DeployProcess($x: String!, $n: String) {\n      deployProcess(input: { bpmnXml: $x, name: $n }) {\n        id\n        key\n        version\n        warnings {\n          elementId\n          elementName\n          code\n          requirement\n        }\n      }\n    }\n  ": types.DeployProcessDocument,
    "\n    query ReportQueues($f: ReportFilter!) {\n      queueReport(filter: $f) {\n        queue\n        channel\n        start\n        end\n        total\n        overRange\n        offered\n        answered\n        abandoned\n        serviceLevelPercent\n        serviceLevelTargetPercent\n        averageSpeedOfAnswerSeconds\n        averageHandleSeconds\n        handled\n        backlog\n      }\n    }\n  ": types.ReportQueuesDocument,
    "\n    query ReportAgents($f: ReportFilter!) {\n      agentReport(filter: $f) {\n        agent\n        start\n        handled\n        averageHandleSeconds\n        occupancyPercent\n        availableSeconds\n        busySeconds\n        wrapUpSeconds\n        awaySeconds\n      }\n    }\n  ": types.ReportAgentsDocument,
    "\n    mutation SignIn($u: ID!, $p: String!) {\n      signIn(userId: $u, password: $p) {\n        token\n        mustChangePassword\n        user {\n          id\n          name\n          roles\n          groups\n        }\n      }\n    }\n  ": types.SignInDocument,
    "\n    query SignInOptions {\n      signInOptions {\n        localPasswords\n        singleSignOn {\n          providerName\n          loginPath\n        }\n      }\n    }\n  ": types.SignInOptionsDocument,
    "\n    mutation RedeemSignInCode($code: String!) {\n      redeemSignInCode(code: $code) {\n        token\n        mustChangePassword\n        user {\n          id\n          name\n          roles\n          groups\n        }\n      }\n    }\n  ": types.RedeemSignInCodeDocument,
    "\n    fragment BoardQueue on Queue {\n      name\n      channel\n      slaSeconds\n      slaTargetPercent\n      stats {\n        waiting\n        reserved\n        assigned\n        paused\n        oldestWaitingSeconds\n        serviceLevelPercent\n        atRisk\n        handledToday\n        abandonedToday\n        estimatedWaitSeconds\n        agentsByPresence {\n          presence\n          count\n        }\n        hourly {\n          hour\n          arrived\n          handled\n          withinSla\n          abandoned\n        }\n      }\n    }\n  ": types.BoardQueueFragmentDoc,
    "\n    query BoardQueues {\n      queues {\n        ...BoardQueue\n      }\n    }\n  ": types.BoardQueuesDocument,
    "\n    subscription BoardQueueStats {\n      queueStats {\n        ...BoardQueue\n      }\n    }\n  ": types.BoardQueueStatsDocument,
    "\n    query WaitingToday {\n      queues {\n        name\n        waitingToday {\n          at\n          waiting\n        }\n      }\n    }\n  ": types.WaitingTodayDocument,
    "\n    query BoardAgents {\n      agents {\n        id\n        name\n        presence\n        presenceReason\n        load {\n          total\n        }\n        capacity {\n          total\n        }\n        tasks {\n          id\n          name\n          state\n        }\n      }\n    }\n  ": types.BoardAgentsDocument,
    "\n    query BoardTasks($f: TaskFilter) {\n      tasks(filter: $f, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            state\n            queue\n            priority\n            assignee {\n              id\n              name\n            }\n            reservation {\n              agent {\n                id\n              }\n            }\n            routingDecision\n          }\n        }\n      }\n    }\n  ": types.BoardTasksDocument,
    "\n    mutation AssignTask($id: ID!, $a: ID!) {\n      assignTask(id: $id, agentId: $a) {\n        id\n      }\n    }\n  ": types.AssignTaskDocument,
    "\n    mutation CompleteTask($id: ID!, $v: JSON) {\n      completeTask(id: $id, variables: $v) {\n        id\n      }\n    }\n  ": types.CompleteTaskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CannedResponses($id: ID!) {\n      task(id: $id) {\n        id\n        cannedResponses {\n          title\n          text\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').CannedResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ClusterNodes {\n      cluster {\n        leaderTerm\n        nodes {\n          id\n          host\n          startedAt\n          lastSeenAt\n          role\n          version\n          stale\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').ClusterNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment Contact on Interaction {\n      id\n      channel\n      direction\n      subject\n      body\n      createdAt\n      attributes\n      attachments {\n        filename\n        contentType\n        size\n      }\n      customer {\n        name\n        email\n        phone\n      }\n    }\n  "): typeof import('./graphql.ts').ContactFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HeatMapDefinition($key: String!) {\n      processDefinitions(key: $key) {\n        id\n        version\n        name\n        bpmnXml\n      }\n    }\n  "): typeof import('./graphql.ts').HeatMapDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HeatMapReport($filter: ReportFilter!, $key: String!) {\n      processReport(filter: $filter, processKey: $key) {\n        instancesStarted\n        instancesCompleted\n        instancesCancelled\n        duration {\n          p50Seconds\n          p90Seconds\n        }\n        elements {\n          elementId\n          count\n          waiting {\n            meanSeconds\n            p90Seconds\n          }\n          working {\n            meanSeconds\n            p90Seconds\n          }\n          total {\n            meanSeconds\n            p90Seconds\n          }\n        }\n        slaBreachStarts {\n          elementId\n          count\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').HeatMapReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StartFormModel($id: ID!) {\n      processDefinition(id: $id) {\n        bpmnXml\n      }\n    }\n  "): typeof import('./graphql.ts').StartFormModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StartProcess($i: StartProcessInput!) {\n      startProcess(input: $i) {\n        id\n        businessKey\n      }\n    }\n  "): typeof import('./graphql.ts').StartProcessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WhyWaiting($id: ID!) {\n      whyWaiting(taskId: $id) {\n        waiting\n        reasons {\n          code\n          requirement\n        }\n        skills {\n          name\n          level\n          agents\n          bestLevel\n        }\n        qualifiedAgents\n        presentAgents\n        freeAgents\n        claimers\n        nextEscalationAt\n      }\n    }\n  "): typeof import('./graphql.ts').WhyWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SendChatMessage($id: ID!, $body: String!) {\n      sendChatMessage(conversationId: $id, body: $body) {\n        seq\n      }\n    }\n  "): typeof import('./graphql.ts').SendChatMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CloseChat($id: ID!, $code: String, $note: String) {\n      closeChat(conversationId: $id, dispositionCode: $code, note: $note) {\n        id\n        state\n        endReason\n      }\n    }\n  "): typeof import('./graphql.ts').CloseChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChatToCallback($id: ID!, $input: ChatCallbackInput!) {\n      chatToCallback(conversationId: $id, input: $input) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').ChatToCallbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment DeskChat on ChatConversation {\n      id\n      queue\n      state\n      customerName\n      customerEmail\n      caseReference\n      endReason\n      task {\n        id\n        dispositionCodes\n      }\n      messages {\n        seq\n        author\n        body\n        at\n      }\n    }\n  "): typeof import('./graphql.ts').DeskChatFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MyChats {\n      myChats {\n        ...DeskChat\n      }\n    }\n  "): typeof import('./graphql.ts').MyChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeskChatById($id: ID!) {\n      chat(id: $id) {\n        ...DeskChat\n      }\n    }\n  "): typeof import('./graphql.ts').DeskChatByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription MyChatEvents {\n      myChatEvents {\n        type\n        conversation {\n          id\n          state\n          endReason\n        }\n        message {\n          seq\n          author\n          body\n          at\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').MyChatEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription MyChatWork {\n      myWork {\n        type\n      }\n    }\n  "): typeof import('./graphql.ts').MyChatWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql.ts').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsInteraction on Interaction {\n    id\n    channel\n    direction\n    subject\n    body\n    attributes\n    createdAt\n    outcome\n    caseReference\n    attachments {\n      filename\n      contentType\n      size\n    }\n    customer {\n      id\n      name\n      email\n      phone\n    }\n    case {\n      id\n      businessKey\n    }\n  }\n"): typeof import('./graphql.ts').ContactsInteractionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsTaskExtras($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      state\n      assignee {\n        id\n      }\n      callback {\n        phone\n        windowStart\n        windowEnd\n        attempts\n        maxAttempts\n        outcome\n        readyAt\n      }\n      consultations {\n        id\n        state\n        question\n        answer\n        answeredBy {\n          id\n          name\n        }\n        answeredAt\n      }\n      parentTask {\n        id\n        name\n        processInstance {\n          id\n          businessKey\n        }\n      }\n      interactions {\n        ...ContactsInteraction\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsTaskExtrasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ContactsWork {\n    myWork {\n      type\n      task {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsConsult($id: ID!, $input: ConsultInput!) {\n    consultTask(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ContactsConsultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsAnswerConsultation($id: ID!, $answer: String!) {\n    answerConsultation(id: $id, answer: $answer) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ContactsAnswerConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsClaimCallback($id: ID!) {\n    claimTask(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ContactsClaimCallbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsSearchCustomers($q: String!) {\n    customers(search: $q) {\n      id\n      name\n      email\n      phone\n    }\n  }\n"): typeof import('./graphql.ts').ContactsSearchCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      email\n      phone\n      createdAt\n      mergedInto\n      interactions(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...ContactsInteraction\n          }\n        }\n      }\n      cases {\n        id\n        businessKey\n        key\n        state\n        startedAt\n        endedAt\n      }\n      tasks {\n        id\n        name\n        state\n        createdAt\n        completedAt\n        kind\n        channel\n        assignee {\n          name\n        }\n      }\n      merges {\n        sourceId\n        sourceName\n        sourceEmail\n        sourcePhone\n        interactionsMoved\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsMergeCustomers($s: ID!, $t: ID!) {\n    mergeCustomers(sourceId: $s, targetId: $t) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ContactsMergeCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsInteraction($id: ID!) {\n    interaction(id: $id) {\n      ...ContactsInteraction\n      messageId\n      rule {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsCaseContacts($id: ID!) {\n    interactions(filter: { processInstanceId: $id }, first: 100) {\n      edges {\n        node {\n          ...ContactsInteraction\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsCaseContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsReply($input: ReplyToInteractionInput!) {\n    replyToInteraction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ContactsReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsRule on ClassificationRule {\n    id\n    name\n    position\n    enabled\n    version\n    updatedAt\n    problem\n    updatedBy {\n      name\n    }\n    match {\n      channels\n      attributes\n      keywords\n      subjectPattern\n      bodyPattern\n    }\n    action {\n      processKey\n      messageName\n      variables\n      priority\n      businessValue\n    }\n  }\n"): typeof import('./graphql.ts').ContactsRuleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsRules {\n    classificationRules {\n      ...ContactsRule\n    }\n  }\n"): typeof import('./graphql.ts').ContactsRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsRuleVersions {\n    classificationRules {\n      id\n      versions {\n        version\n        change\n        snapshot\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsRuleVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsUpsertRule($input: ClassificationRuleInput!) {\n    upsertClassificationRule(input: $input) {\n      ...ContactsRule\n    }\n  }\n"): typeof import('./graphql.ts').ContactsUpsertRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsDeleteRule($id: ID!) {\n    deleteClassificationRule(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ContactsDeleteRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsIntakeForms {\n    intakeForms {\n      formKey\n      title\n      schema\n      mapping\n      version\n      updatedAt\n      problem\n      versions {\n        version\n        title\n        mapping\n        actor {\n          name\n        }\n        at\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ContactsIntakeFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsUpsertIntakeForm($input: IntakeFormInput!) {\n    upsertIntakeForm(input: $input) {\n      formKey\n      version\n    }\n  }\n"): typeof import('./graphql.ts').ContactsUpsertIntakeFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskForm($key: String!) {\n    taskForm(key: $key) {\n      schema\n    }\n  }\n"): typeof import('./graphql.ts').TaskFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeployTaskForms($forms: [TaskFormInput!]!) {\n    deployTaskForms(forms: $forms) {\n      key\n      version\n    }\n  }\n"): typeof import('./graphql.ts').DeployTaskFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleUser on User {\n    id\n    name\n    email\n    roles\n    groups\n    active\n    mustChangePassword\n  }\n"): typeof import('./graphql.ts').PeopleUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleUsers($f: UserFilter, $after: String) {\n    users(filter: $f, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PeopleUser\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PeopleUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n"): typeof import('./graphql.ts').PeopleCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...PeopleUser\n    }\n  }\n"): typeof import('./graphql.ts').PeopleUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(userId: $id, roles: $roles) {\n      ...PeopleUser\n    }\n  }\n"): typeof import('./graphql.ts').PeopleSetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleDeactivateUser($id: ID!) {\n    deactivateUser(userId: $id) {\n      ...PeopleUser\n    }\n  }\n"): typeof import('./graphql.ts').PeopleDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleResetPassword($id: ID!) {\n    resetPassword(userId: $id)\n  }\n"): typeof import('./graphql.ts').PeopleResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleSetSkills($input: AgentInput!) {\n    upsertAgent(input: $input) {\n      id\n      skills {\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PeopleSetSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleGroups {\n    groups {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PeopleGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreateGroup($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').PeopleCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleUpdateGroup($input: GroupInput!) {\n    updateGroup(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').PeopleUpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleSetGroupMembers($id: ID!, $members: [ID!]!) {\n    setGroupMembers(id: $id, members: $members) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').PeopleSetGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"): typeof import('./graphql.ts').PeopleDeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAuditLog($f: AuditFilter, $after: String) {\n    auditLog(filter: $f, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          subjectType\n          subjectId\n          actorId\n          onBehalfOf\n          at\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PeopleAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleQueues {\n    queues {\n      name\n      channel\n      slaSeconds\n      slaTargetPercent\n      reservationTimeoutSeconds\n      agingPerMinute\n      serviceLevelRule\n      abandonGraceSeconds\n      dispositionCodes\n      cannedResponses {\n        title\n        text\n      }\n      escalation {\n        afterSeconds\n        lowerSkillLevelBy\n        addGroup\n        raisePriority\n        moveToQueue\n        widenToSites\n        widenToAllSites\n      }\n      site {\n        id\n      }\n      businessHoursSla\n    }\n  }\n"): typeof import('./graphql.ts').PeopleQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleUpsertQueue($input: QueueInput!) {\n    upsertQueue(input: $input) {\n      name\n    }\n  }\n"): typeof import('./graphql.ts').PeopleUpsertQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAgents {\n    agents {\n      id\n      name\n      site {\n        id\n      }\n      skills {\n        name\n        level\n      }\n      capacity {\n        VOICE\n        CHAT\n        EMAIL\n        BACKOFFICE\n        total\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PeopleAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleUpsertAgent($input: AgentInput!) {\n    upsertAgent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').PeopleUpsertAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningQueues {\n    queues {\n      name\n      channel\n      slaSeconds\n      site {\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PlanningQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningView($queue: String!, $from: DateTime!, $to: DateTime!, $interval: Int) {\n    forecast(input: { queue: $queue, from: $from, to: $to, intervalMinutes: $interval }) {\n      timeZone\n      intervals {\n        start\n        arrivals\n        closed\n      }\n      history {\n        start\n        arrivals\n      }\n      accuracy {\n        wape\n        baselineWape\n        folds\n      }\n    }\n    staffingPlan(queue: $queue, from: $from, to: $to, intervalMinutes: $interval) {\n      start\n      forecastArrivals\n      averageHandleSeconds\n      requiredErlangC\n      requiredErlangA\n      rostered\n      present\n      gap\n    }\n    rosterShifts(from: $from, to: $to) {\n      id\n      agentId\n      date\n      start\n      end\n      queue\n      breaks {\n        start\n        end\n      }\n    }\n    queuePlanning(queue: $queue) {\n      patienceSeconds\n    }\n  }\n"): typeof import('./graphql.ts').PlanningViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningUpsertShift($input: RosterShiftInput!) {\n    upsertRosterShift(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').PlanningUpsertShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningDeleteShift($id: ID!) {\n    deleteRosterShift(id: $id)\n  }\n"): typeof import('./graphql.ts').PlanningDeleteShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningImportRoster($csv: String!) {\n    importRoster(csv: $csv)\n  }\n"): typeof import('./graphql.ts').PlanningImportRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningAdjustForecast($input: ForecastAdjustmentInput!) {\n    adjustForecast(input: $input)\n  }\n"): typeof import('./graphql.ts').PlanningAdjustForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningDayScenario($date: String!, $queue: String, $interval: Int) {\n    daySimulationScenario(date: $date, queue: $queue, intervalMinutes: $interval)\n  }\n"): typeof import('./graphql.ts').PlanningDayScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningSimulate($scenario: JSON!) {\n    simulate(scenario: $scenario) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').PlanningSimulateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningSimulationRun($id: ID!) {\n    simulationRun(id: $id) {\n      id\n      state\n      progress\n      result\n      error\n    }\n  }\n"): typeof import('./graphql.ts').PlanningSimulationRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskRow on Task {\n    id\n    name\n    state\n    queue\n    priority\n    dueAt\n    slaDueAt\n    slaBreachedAt\n    createdAt\n    assignee {\n      id\n      name\n    }\n    channel\n    processDefinition {\n      key\n    }\n  }\n"): typeof import('./graphql.ts').TaskRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($filter: TaskFilter, $first: Int, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TaskRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').TasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskEvents($queue: String) {\n    taskEvents(queue: $queue) {\n      type\n      task {\n        ...TaskRow\n      }\n    }\n  }\n"): typeof import('./graphql.ts').TaskEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').UnclaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) {\n    task(id: $id) {\n      ...TaskRow\n      documentation\n      formKey\n      variables\n      elementId\n      candidateGroups\n      skills {\n        name\n        level\n      }\n      businessValue\n      processInstance {\n        id\n        businessKey\n        tasks {\n          id\n          name\n          elementId\n        }\n        history {\n          id\n          type\n          at\n          elementId\n          elementName\n          taskId\n          actor {\n            id\n            name\n          }\n        }\n      }\n      interactions {\n        ...Contact\n      }\n    }\n  }\n"): typeof import('./graphql.ts').TaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSites {\n    sites {\n      id\n      name\n      timeZone\n      businessHours {\n        day\n        open\n        close\n      }\n      holidays {\n        date\n        name\n      }\n      supervisors {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.ts').AdminSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpsertSite($input: SiteInput!) {\n    upsertSite(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').AdminUpsertSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupervisedSites {\n    me {\n      id\n      supervisedSites {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MySupervisedSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AgentDesk($id: ID!) {\n      agent(id: $id) {\n        id\n        name\n        presence\n        presenceReason\n        presenceSince\n        skills {\n          name\n          level\n        }\n        capacity {\n          total\n        }\n        load {\n          total\n        }\n        tasks {\n          id\n          name\n          state\n          kind\n          channel\n          queue\n          callId\n          customer\n          pausedAt\n          onHold\n          holdSeconds\n          waitSeconds\n          customerCard {\n            customerId\n            name\n            phone\n            recentContacts {\n              id\n              channel\n              subject\n              at\n            }\n            openCases {\n              id\n              definitionKey\n              businessKey\n              startedAt\n            }\n          }\n        }\n        wrapUp {\n          id\n          name\n          queue\n          dispositionCode\n          dispositionCodes\n        }\n        reservations {\n          id\n          state\n          createdAt\n          expiresAt\n          task {\n            id\n            name\n            queue\n            kind\n            channel\n            priority\n            skills {\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').AgentDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PresenceReasons {\n      presenceReasons\n    }\n  "): typeof import('./graphql.ts').PresenceReasonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CallCommand($taskId: ID!, $command: CallCommand!, $target: String) {\n      callCommand(taskId: $taskId, command: $command, target: $target) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').CallCommandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetDisposition($taskId: ID!, $code: String!, $note: String) {\n      setDisposition(taskId: $taskId, code: $code, note: $note) {\n        id\n        dispositionCode\n      }\n    }\n  "): typeof import('./graphql.ts').SetDispositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription MyWork {\n      myWork {\n        type\n      }\n    }\n  "): typeof import('./graphql.ts').MyWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetPresence($i: SetPresenceInput!) {\n      setPresence(input: $i) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').SetPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AcceptReservation($id: ID!) {\n      acceptReservation(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').AcceptReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RejectReservation($id: ID!) {\n      rejectReservation(id: $id, reason: \"declined at desk\") {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').RejectReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResumeTask($id: ID!) {\n      resumeTask(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').ResumeTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChangePassword($o: String!, $n: String!) {\n      changePassword(oldPassword: $o, newPassword: $n)\n    }\n  "): typeof import('./graphql.ts').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Definitions {\n      processDefinitions {\n        id\n        key\n        version\n        name\n        deployedAt\n        deployedBy {\n          name\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').DefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment DefinitionWarnings on ProcessDefinition {\n      id\n      warnings {\n        elementId\n        elementName\n        code\n        requirement\n      }\n    }\n  "): typeof import('./graphql.ts').DefinitionWarningsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CompareVersions($a: ID!, $b: ID!) {\n      a: processDefinition(id: $a) {\n        bpmnXml\n      }\n      b: processDefinition(id: $b) {\n        bpmnXml\n      }\n    }\n  "): typeof import('./graphql.ts').CompareVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NextTask {\n      nextTask {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').NextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment InstanceFields on ProcessInstance {\n      id\n      key\n      businessKey\n      state\n      variables\n      activeElementIds\n      startedAt\n      endedAt\n      endReason\n      tasks {\n        id\n        name\n        state\n        elementId\n        assignee {\n          name\n        }\n      }\n      incidents {\n        id\n        type\n        elementId\n        message\n      }\n      history {\n        id\n        type\n        at\n        elementId\n        elementName\n        taskId\n        actor {\n          name\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').InstanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Instance($id: ID!) {\n      processInstance(id: $id) {\n        ...InstanceFields\n        definition {\n          id\n          version\n          bpmnXml\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').InstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription InstanceEvents($id: ID!) {\n      processInstanceEvents(id: $id) {\n        type\n        instance {\n          ...InstanceFields\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').InstanceEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CancelInstance($id: ID!, $r: String) {\n      cancelProcessInstance(id: $id, reason: $r) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').CancelInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetryIncident($id: ID!) {\n      retryIncident(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').RetryIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Instances($f: ProcessInstanceFilter, $after: String) {\n      processInstances(filter: $f, first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            key\n            businessKey\n            state\n            startedAt\n            endedAt\n            definition {\n              version\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').InstancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ModelerDefinition($id: ID!) {\n      processDefinition(id: $id) {\n        key\n        bpmnXml\n      }\n    }\n  "): typeof import('./graphql.ts').ModelerDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeployProcess($x: String!, $n: String) {\n      deployProcess(input: { bpmnXml: $x, name: $n }) {\n        id\n        key\n        version\n        warnings {\n          elementId\n          elementName\n          code\n          requirement\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').DeployProcessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportQueues($f: ReportFilter!) {\n      queueReport(filter: $f) {\n        queue\n        channel\n        start\n        end\n        total\n        overRange\n        offered\n        answered\n        abandoned\n        serviceLevelPercent\n        serviceLevelTargetPercent\n        averageSpeedOfAnswerSeconds\n        averageHandleSeconds\n        handled\n        backlog\n      }\n    }\n  "): typeof import('./graphql.ts').ReportQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportAgents($f: ReportFilter!) {\n      agentReport(filter: $f) {\n        agent\n        start\n        handled\n        averageHandleSeconds\n        occupancyPercent\n        availableSeconds\n        busySeconds\n        wrapUpSeconds\n        awaySeconds\n      }\n    }\n  "): typeof import('./graphql.ts').ReportAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SignIn($u: ID!, $p: String!) {\n      signIn(userId: $u, password: $p) {\n        token\n        mustChangePassword\n        user {\n          id\n          name\n          roles\n          groups\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SignInOptions {\n      signInOptions {\n        localPasswords\n        singleSignOn {\n          providerName\n          loginPath\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').SignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RedeemSignInCode($code: String!) {\n      redeemSignInCode(code: $code) {\n        token\n        mustChangePassword\n        user {\n          id\n          name\n          roles\n          groups\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').RedeemSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment BoardQueue on Queue {\n      name\n      channel\n      slaSeconds\n      slaTargetPercent\n      stats {\n        waiting\n        reserved\n        assigned\n        paused\n        oldestWaitingSeconds\n        serviceLevelPercent\n        atRisk\n        handledToday\n        abandonedToday\n        estimatedWaitSeconds\n        agentsByPresence {\n          presence\n          count\n        }\n        hourly {\n          hour\n          arrived\n          handled\n          withinSla\n          abandoned\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').BoardQueueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BoardQueues {\n      queues {\n        ...BoardQueue\n      }\n    }\n  "): typeof import('./graphql.ts').BoardQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription BoardQueueStats {\n      queueStats {\n        ...BoardQueue\n      }\n    }\n  "): typeof import('./graphql.ts').BoardQueueStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WaitingToday {\n      queues {\n        name\n        waitingToday {\n          at\n          waiting\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').WaitingTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BoardAgents {\n      agents {\n        id\n        name\n        presence\n        presenceReason\n        load {\n          total\n        }\n        capacity {\n          total\n        }\n        tasks {\n          id\n          name\n          state\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').BoardAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BoardTasks($f: TaskFilter) {\n      tasks(filter: $f, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            state\n            queue\n            priority\n            assignee {\n              id\n              name\n            }\n            reservation {\n              agent {\n                id\n              }\n            }\n            routingDecision\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').BoardTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssignTask($id: ID!, $a: ID!) {\n      assignTask(id: $id, agentId: $a) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').AssignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CompleteTask($id: ID!, $v: JSON) {\n      completeTask(id: $id, variables: $v) {\n        id\n      }\n    }\n  "): typeof import('./graphql.ts').CompleteTaskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
