'use strict';

// BackCareBot as the SDK sees it: a bot at a URL that the SDK's own Bot Framework client posts activities to.

const { BotFrameworkHttpClient, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const { SimpleCredentialProvider } = require('botframework-connector');

const botBaseUrl = process.env.BACKCAREBOT_URL;
if (!botBaseUrl) {
    throw new Error('Set BACKCAREBOT_URL to a running BackCareBot, e.g. http://127.0.0.1:3978');
}

const messagingEndpoint = new URL('api/messages', botBaseUrl.endsWith('/') ? botBaseUrl : `${botBaseUrl}/`).href;

// Empty app ids: BackCareBot runs with authentication off, so the SDK neither asks for nor sends a token.
const clients = {
    // The current API: BotFrameworkAuthentication.createBotFrameworkClient().
    botFrameworkClient: new ConfigurationBotFrameworkAuthentication({}).createBotFrameworkClient(),
    // Deprecated, still what many deployed hosts use.
    botFrameworkHttpClient: new BotFrameworkHttpClient(new SimpleCredentialProvider('', '')),
};

/**
 * Posts an activity the way an SDK channel or host does; the SDK stamps the serviceUrl and conversation id it is
 * given onto the activity. Returns the SDK's InvokeResponse ({ status, body }).
 */
function postToBot(activity, { serviceUrl, client = clients.botFrameworkClient }) {
    return client.postActivity('', '', messagingEndpoint, serviceUrl, activity.conversation.id, activity);
}

module.exports = { clients, messagingEndpoint, postToBot };
