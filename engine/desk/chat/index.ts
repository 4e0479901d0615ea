/** Live chat: customers chat from a public page; each conversation is a CHAT task an agent answers. */
export { chatQueue, startChat, type StartChatInput } from './start-chat.ts';
export { agentSays, conversationOfToken, customerSays, customerSeen, readChatByToken } from './messages.ts';
export { closeChat, customerLeaves, endChat, endIdleChats, type ChatEnd } from './end-chat.ts';
export { chatToCallback, type ChatCallbackInput } from './chat-callback.ts';
export { chatMessages, chatsOfAgent, readChat } from './queries.ts';
export { makeChatSweeper, type ChatSweeper } from './chat-sweeper.ts';
export { ChatEndReason, type ChatView } from './chat-types.ts';
export { transcriptOf } from './transcript.ts';
export { chatHooks } from './chat-hooks.ts';
