import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver parents are the engine's records, so resolvers are typed against what the engine returns.
// The web app's documents (every `graphql(...)` call in web/src) get their result and variable types from
// the same schema, as strings that carry their types (the app's client posts strings, so no AST ships).
const config: CodegenConfig = {
  schema: 'graphql/schema/*.graphql',
  generates: {
    'web/src/generated/': {
      documents: ['web/src/**/*.ts', 'web/src/**/*.svelte', '!web/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        importExtension: '.ts',
        useTypeImports: true,
        enumsAsTypes: true,
        // What travels over the wire: DateTime as ISO-8601 strings, JSON as whatever was stored.
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
    'graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#GraphQLContext',
        mappers: {
          User: '../../engine/index.ts#UserRecord',
          Group: '../../engine/index.ts#GroupRecord',
          Site: '../../engine/index.ts#SiteRecord',
          AuditEntry: '../../engine/index.ts#AuditRecord',
          ProcessDefinition: '../../engine/index.ts#DefinitionRecord',
          ProcessInstance: '../../engine/index.ts#InstanceRecord',
          Task: '../../engine/index.ts#TaskRecord',
          HistoryEntry: '../../engine/index.ts#HistoryRecord',
          TaskEvent: '../../engine/index.ts#TaskEventPayload',
          CorrelationResult: '../../engine/index.ts#CorrelationResult as EngineCorrelationResult',
          ExternalTask: '../../engine/index.ts#LockedExternalTask',
          Incident: '../../engine/index.ts#JobRecord',
          Agent: '../../engine/index.ts#AgentRecord',
          CustomerCard: '../../engine/index.ts#CustomerCard as EngineCustomerCard',
          TaskForm: '../../engine/index.ts#TaskFormRecord',
          Queue: '../../engine/index.ts#QueueWithStats',
          QueueStats: '../../engine/index.ts#QueueStats as EngineQueueStats',
          Reservation: '../../engine/index.ts#ReservationRecord',
          CtiEventResult: '../../engine/index.ts#CtiEventResult as EngineCtiEventResult',
          WorkEvent: '../resolvers/work-event.ts#WorkEventPayload',
          Interaction: '../../engine/index.ts#InteractionRecord',
          Customer: '../../engine/index.ts#CustomerRecord',
          CustomerMerge: '../../engine/index.ts#CustomerMergeRecord',
          ClassificationRule: '../../engine/index.ts#ClassificationRuleRecord',
          ClassificationRuleVersion: '../../engine/index.ts#RuleVersionRecord',
          IntakeForm: '../../engine/index.ts#IntakeFormRecord',
          IntakeFormVersion: '../../engine/index.ts#IntakeFormVersionRecord',
          Callback: '../../engine/index.ts#TaskRecord',
          Consultation: '../../engine/index.ts#TaskRecord',
          WaitExplanation: '../../engine/index.ts#WaitExplanation as EngineWaitExplanation',
          ProcessInstanceEvent: '../resolvers/desk.ts#InstanceEventPayload',
          SimulationRun: '../../engine/index.ts#SimulationRun as EngineSimulationRun',
          ChatConversation: '../../engine/index.ts#ChatConversationRecord',
          ChatMessage: '../../engine/index.ts#ChatMessageRecord',
          ChatEvent: '../resolvers/chat.ts#ChatEventPayload',
          ClusterNode: '../../engine/index.ts#ClusterNodeView',
          Cluster: '../../engine/index.ts#ClusterView',
        },
        // DateTime travels as epoch milliseconds inside the server (what the engine stores).
        scalars: { JSON: 'unknown', DateTime: { input: 'number', output: 'number' } },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
