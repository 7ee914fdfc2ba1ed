'use strict';

// Inbound activities as channels send them, built with the SDK's factories where it has one.

const { ActivityTypes, Channels, MessageFactory } = require('botbuilder');

const bot = { id: '28:backcarebot', name: 'BackCareBot' };
const user = { id: '29:pat', name: 'Pat' };

let sequence = 0;
const nextId = () => `${Date.now()}${String(++sequence).padStart(3, '0')}`;

// Direct Line's shapes: a conversation id with a region suffix, activity ids "<conversation id>|<sequence>".
const directLineConversation = (prefix = '') => ({ id: `${prefix}K7fQx2${nextId()}-us` });
const directLineActivityId = (conversation) => `${conversation.id}|${String(++sequence).padStart(7, '0')}`;

function message(text, { channelId = Channels.Webchat, conversation = directLineConversation(), ...rest } = {}) {
    return {
        ...MessageFactory.text(text),
        id: directLineActivityId(conversation),
        channelId,
        timestamp: new Date(),
        from: user,
        recipient: { ...bot },
        conversation,
        locale: 'en-US',
        ...rest,
    };
}

function membersAdded(members, { channelId = Channels.Webchat, conversation = directLineConversation() } = {}) {
    return {
        type: ActivityTypes.ConversationUpdate,
        id: directLineActivityId(conversation),
        channelId,
        timestamp: new Date(),
        from: user,
        recipient: { ...bot },
        conversation,
        membersAdded: members,
    };
}

/** A message in a Teams channel thread: the bot is @mentioned, and the conversation id carries ':', '@', ';' and '='. */
function teamsChannelMessage(question) {
    const mentionText = `<at>${bot.name}</at>`;
    return message(`${mentionText} ${question}`, {
        id: nextId(),
        channelId: Channels.Msteams,
        textFormat: 'xml',
        conversation: {
            id: '19:abc@thread.skype;messageid=1',
            conversationType: 'channel',
            isGroup: true,
            tenantId: 'tenant-1',
        },
        channelData: { tenant: { id: 'tenant-1' }, teamsChannelId: '19:abc@thread.skype', channel: { id: '19:abc@thread.skype' } },
        entities: [{ type: 'mention', mentioned: { ...bot }, text: mentionText }],
    });
}

module.exports = { bot, user, directLineConversation, message, membersAdded, teamsChannelMessage };
