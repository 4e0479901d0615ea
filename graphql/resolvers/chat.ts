import {
  agentSays,
  chatMessages,
  chatsOfAgent,
  chatToCallback,
  closeChat,
  getTask,
  readChat,
  type ChatConversationRecord,
  type ChatMessageRecord,
} from '../../engine/index.ts';
import { eventStream } from '../event-stream.ts';
import type {
  ChatConversationResolvers,
  ChatMessageResolvers,
  MutationResolvers,
  QueryResolvers,
  Resolvers,
  SubscriptionResolvers,
} from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** A chat change as myChatEvents delivers it. */
export interface ChatEventPayload {
  type: string;
  conversation: ChatConversationRecord;
  message: ChatMessageRecord | null;
}

const Query: QueryResolvers = {
  myChats: (_p, _a, ctx) => chatsOfAgent(ctx.engine, actorOf(ctx).userId),
  chat: async (_p, { id }, ctx) => (await readChat(ctx.engine, actorOf(ctx), id)).conversation,
};

const Mutation: MutationResolvers = {
  sendChatMessage: (_p, { conversationId, body }, ctx) => agentSays(ctx.engine, actorOf(ctx), conversationId, body),
  closeChat: (_p, { conversationId, dispositionCode, note }, ctx) =>
    closeChat(ctx.engine, actorOf(ctx), conversationId, { dispositionCode, note }),
  chatToCallback: (_p, { conversationId, input }, ctx) =>
    chatToCallback(ctx.engine, actorOf(ctx), conversationId, { ...input, windowStart: input.windowStart ?? null }),
};

const Subscription: SubscriptionResolvers = {
  myChatEvents: {
    subscribe: (_p, _a, ctx) => {
      const actor = actorOf(ctx);
      return eventStream<ChatEventPayload>(ctx.shutdown, (push) =>
        ctx.engine.events.subscribe((e) => {
          if ((e.type !== 'chat.message' && e.type !== 'chat.ended') || !e.chat.taskId) return;
          const event = { type: e.type, conversation: e.chat, message: e.message };
          // Only chats the viewer holds: the task says who that is (an ended chat's task keeps its holder).
          getTask(ctx.engine, e.chat.taskId).then(
            (task) => task?.assigneeId === actor.userId && push(event),
            (err) => ctx.engine.logger.warn('chat event lookup failed', { err: String(err) }),
          );
        }),
      );
    },
    resolve: (event: ChatEventPayload) => event,
  },
};

const ChatConversation: ChatConversationResolvers = {
  task: (c, _a, ctx) => (c.taskId ? ctx.loaders.tasks.load(c.taskId).then((t) => t ?? null) : null),
  // The parent was read through readChat/chatsOfAgent, which checked the viewer may see it.
  messages: (c, { afterSeq }, ctx) => chatMessages(ctx.engine, c.id, afterSeq ?? 0),
};

const ChatMessage: ChatMessageResolvers = {
  agent: (m, _a, ctx) => (m.agentId ? ctx.loaders.users.load(m.agentId).then((u) => u ?? null) : null),
};

/** graphql/schema/chat.graphql: live chat on the agent's side. */
export const chatResolvers: Resolvers = { Query, Mutation, Subscription, ChatConversation, ChatMessage };
