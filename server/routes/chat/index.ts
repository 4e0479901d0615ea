// Live chat's public routes: the API and stream of a conversation, and the embeddable widget.
export { chatHandler, CHAT_PATH, CHAT_WIDGET_PATH, serveChatWidget, type ChatRouteOptions } from './chat-api.ts';
