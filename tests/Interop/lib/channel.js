'use strict';

// The channel's side of the Bot Connector REST API, served by the SDK itself: ChannelServiceRoutes parses each
// request and calls the ChannelServiceHandler, which records what the bot delivered.

const { ChannelServiceHandler, ChannelServiceRoutes, StatusCodeError, StatusCodes } = require('botbuilder');
const { AuthenticationConfiguration, SimpleCredentialProvider } = require('botframework-connector');
const { startRoutedServer } = require('./routedServer');

// Conversations whose id starts with this are unknown to the channel: it answers 404, as Teams does for a deleted chat.
const UNKNOWN_CONVERSATION_PREFIX = 'unknown-';

class RecordingChannelHandler extends ChannelServiceHandler {
    constructor(credentialProvider, deliveries) {
        super(credentialProvider, new AuthenticationConfiguration());
        this.deliveries = deliveries;
    }

    async onSendToConversation(claimsIdentity, conversationId, activity) {
        return this.record('sendToConversation', claimsIdentity, conversationId, undefined, activity);
    }

    async onReplyToActivity(claimsIdentity, conversationId, activityId, activity) {
        return this.record('replyToActivity', claimsIdentity, conversationId, activityId, activity);
    }

    record(operation, claimsIdentity, conversationId, activityId, activity) {
        if (conversationId.startsWith(UNKNOWN_CONVERSATION_PREFIX)) {
            throw new StatusCodeError(StatusCodes.NOT_FOUND, 'Conversation not found.');
        }
        const id = `channel-${this.deliveries.length + 1}`;
        this.deliveries.push({ operation, claimsIdentity, conversationId, activityId, activity });
        return { id };
    }
}

/**
 * Starts the channel on loopback. Its routes are registered at the root and under `/amer/`, because Teams hands
 * out service URLs with a regional path prefix that the bot must keep.
 */
async function startChannel() {
    const requests = [];
    const deliveries = [];
    // No app id: the SDK runs with authentication off and accepts the bot's calls without a token.
    const routes = new ChannelServiceRoutes(new RecordingChannelHandler(new SimpleCredentialProvider('', ''), deliveries));
    const server = await startRoutedServer((request) => requests.push(request));
    routes.register(server.webServer);
    routes.register(server.webServer, '/amer');
    return {
        serviceUrl: `${server.baseUrl}/`,
        regionalServiceUrl: `${server.baseUrl}/amer/`,
        requests,
        deliveries,
        deliveriesTo: (conversationId) => deliveries.filter((delivery) => delivery.conversationId === conversationId),
        close: server.close,
    };
}

module.exports = { startChannel, UNKNOWN_CONVERSATION_PREFIX };
