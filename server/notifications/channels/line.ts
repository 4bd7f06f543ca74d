import { type Channel, type OutgoingMessage, postJson, retryKey } from './types.js';

/**
 * LINE Messaging API push (POST {LINE_API_BASE}/v2/bot/message/push,
 * `Authorization: Bearer {LINE_CHANNEL_ACCESS_TOKEN}`), one text message to
 * the follower's user id. `X-Line-Retry-Key` is the same for every attempt of
 * one message, so LINE delivers it once even when an answer was lost; LINE
 * answers 409 to a key it already accepted, which counts as sent.
 */
export function lineChannel(apiBase: string, accessToken: string): Channel {
  return {
    async send(message: OutgoingMessage) {
      await postJson(
        `${apiBase}/v2/bot/message/push`,
        { to: message.to, messages: [{ type: 'text', text: message.text }] },
        { Authorization: `Bearer ${accessToken}`, 'X-Line-Retry-Key': retryKey(message.dedupeKey) },
        'LINE push',
        [409],
      );
    },
  };
}

/** LINE reply API (POST /v2/bot/message/reply): answers an event with its reply token. */
export async function lineReply(apiBase: string, accessToken: string, replyToken: string, text: string): Promise<void> {
  await postJson(
    `${apiBase}/v2/bot/message/reply`,
    { replyToken, messages: [{ type: 'text', text }] },
    { Authorization: `Bearer ${accessToken}` },
    'LINE reply',
  );
}
