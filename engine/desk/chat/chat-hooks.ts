import { findConversationOfTask } from '../../../models/index.ts';
import type { EngineContext, KindHooks } from '../../core/context/index.ts';
import { ChatEndReason } from './chat-types.ts';
import { endChat } from './end-chat.ts';

/** A chat task completed by the generic task commands (completeTask) ends its conversation too. */
export function chatHooks(ctx: EngineContext): KindHooks {
  return {
    onCompleted: async (task) => {
      const conversation = await findConversationOfTask(ctx.db, task.id);
      if (conversation)
        await endChat(ctx, conversation, { reason: ChatEndReason.CLOSED_BY_AGENT, actorId: task.completedBy });
    },
  };
}
