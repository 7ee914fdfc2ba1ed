'use strict';

// BackCareBot against the official Bot Framework JS SDK acting as the channel: the SDK's client posts activities to
// BackCareBot's /api/messages, and BackCareBot's replies are received and parsed by the SDK's ChannelServiceRoutes.
// Needs BACKCAREBOT_URL (a running BackCareBot with MicrosoftAppId empty); run with `node --test`.

const { after, before, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { ActivityTypes, DeliveryModes, InputHints, teamsGetTenant } = require('botbuilder');
const { AuthenticationConstants, SkillValidation } = require('botframework-connector');
const { startChannel, UNKNOWN_CONVERSATION_PREFIX } = require('./lib/channel');
const { clients, postToBot } = require('./lib/bot');
const { bot, user, directLineConversation, message, membersAdded, teamsChannelMessage } = require('./lib/activities');

const QUESTION = 'how do I stretch my hamstrings after sitting all day?';

const entitiesOf = (activity, type) => (activity.entities ?? []).filter((entity) => entity.type === type);

describe('BackCareBot with the Bot Framework JS SDK as the channel', () => {
    let channel;

    before(async () => {
        channel = await startChannel();
    });

    after(async () => {
        await channel?.close();
    });

    /** Posts through the SDK and returns its InvokeResponse with what reached the channel during the call. */
    async function exchange(activity, options = {}) {
        const requestsBefore = channel.requests.length;
        const deliveriesBefore = channel.deliveries.length;
        const response = await postToBot(activity, { serviceUrl: channel.serviceUrl, ...options });
        return {
            response,
            requests: channel.requests.slice(requestsBefore),
            deliveries: channel.deliveries.slice(deliveriesBefore),
        };
    }

    for (const [clientName, client] of Object.entries(clients)) {
        it(`answers a question with a backcare/advice entity, threaded under it (${clientName})`, async () => {
            const question = message(QUESTION);

            const { response, deliveries } = await exchange(question, { client });

            assert.equal(response.status, 200);
            assert.equal(deliveries.length, 1, 'one reply reaches the channel');
            const [{ operation, conversationId, activityId, activity: reply }] = deliveries;
            assert.equal(operation, 'replyToActivity');
            assert.equal(conversationId, question.conversation.id);
            assert.equal(activityId, question.id);
            assert.equal(reply.type, ActivityTypes.Message);
            assert.equal(reply.replyToId, question.id);
            assert.equal(reply.conversation.id, question.conversation.id);
            assert.equal(reply.channelId, question.channelId);
            assert.equal(reply.serviceUrl, channel.serviceUrl);
            assert.deepEqual({ id: reply.from.id, name: reply.from.name }, bot);
            assert.deepEqual(reply.recipient, user);
            assert.equal(reply.inputHint, InputHints.AcceptingInput);
            // Advice with a picture comes as an Adaptive Card: its words are the activity's summary, not a second text.
            assert.ok((reply.text ?? reply.summary).length > 0);
            const [advice, ...more] = entitiesOf(reply, 'backcare/advice');
            assert.equal(more.length, 0, 'one advice entity');
            assert.equal(advice.id, 'hamstring-stretch');
            assert.ok(advice.score > 0 && advice.score <= 1, `score ${advice.score} is in (0, 1]`);
        });
    }

    it('replies in a Teams channel thread at the decoded conversation id, under the regional service URL', async () => {
        const question = teamsChannelMessage('my lower back is stiff from sitting all day, what should I do?');
        const sameQuestionElsewhere = message('my lower back is stiff from sitting all day, what should I do?');

        const { response, requests, deliveries } = await exchange(question, { serviceUrl: channel.regionalServiceUrl });
        const { deliveries: elsewhere } = await exchange(sameQuestionElsewhere);

        assert.equal(response.status, 200);
        assert.equal(requests.length, 1);
        assert.ok(requests[0].path.startsWith('/amer/v3/conversations/'), 'the regional prefix is kept');
        assert.ok(!requests[0].path.includes(';'), 'the id is percent-encoded on the wire');
        assert.equal(deliveries.length, 1);
        const [{ operation, conversationId, activityId, activity: reply }] = deliveries;
        assert.equal(operation, 'replyToActivity');
        assert.equal(conversationId, '19:abc@thread.skype;messageid=1');
        assert.equal(activityId, question.id);
        assert.equal(reply.replyToId, question.id);
        assert.equal(reply.conversation.id, '19:abc@thread.skype;messageid=1');
        assert.equal(reply.serviceUrl, channel.regionalServiceUrl);
        assert.equal(teamsGetTenant(reply)?.id, 'tenant-1', 'Teams needs the tenant on replies');
        assert.equal(reply.suggestedActions, undefined, 'Teams drops suggested actions in channels');
        const [advice] = entitiesOf(reply, 'backcare/advice');
        assert.ok(advice, 'the question is answered');
        assert.equal(advice.id, entitiesOf(elsewhere[0].activity, 'backcare/advice')[0]?.id, 'the @mention does not change the answer');
    });

    it('sends sharp pain to a doctor with a backcare/triage entity and no exercise advice', async () => {
        const question = message('I have a sharp pain in my lower back when I stand up');

        const { response, deliveries } = await exchange(question);

        assert.equal(response.status, 200);
        assert.equal(deliveries.length, 1);
        const { activity: reply } = deliveries[0];
        assert.equal(reply.replyToId, question.id);
        const [triage, ...more] = entitiesOf(reply, 'backcare/triage');
        assert.equal(more.length, 0, 'one triage entity');
        assert.equal(triage.level, 'doctor');
        assert.ok(triage.reasons.includes('sharp-pain'), `reasons ${JSON.stringify(triage.reasons)} name sharp-pain`);
        assert.deepEqual(entitiesOf(reply, 'backcare/advice'), []);
    });

    it('welcomes a user added to the conversation once, and not the bot itself', async () => {
        const conversation = directLineConversation();
        const update = membersAdded([{ ...bot }, { ...user }], { conversation });

        const first = await exchange(update);
        const repeated = await exchange(membersAdded([{ ...user }], { conversation }));
        const botOnly = await exchange(membersAdded([{ ...bot }]));

        assert.equal(first.response.status, 200);
        assert.equal(first.deliveries.length, 1, 'one welcome');
        const [{ conversationId, activity: welcome }] = first.deliveries;
        assert.equal(conversationId, conversation.id);
        assert.equal(welcome.type, ActivityTypes.Message);
        assert.deepEqual(welcome.recipient, user);
        assert.ok(welcome.text.length > 0);
        assert.deepEqual(welcome.entities ?? [], [], 'a welcome conveys no decision');
        assert.deepEqual(welcome.suggestedActions?.to, [user.id]);
        assert.equal(repeated.response.status, 200);
        assert.equal(repeated.deliveries.length, 0, 'a repeated update does not welcome twice');
        assert.equal(botOnly.response.status, 200);
        assert.equal(botOnly.deliveries.length, 0, 'the bot joining is not a person to welcome');
    });

    it('answers expectReplies in the HTTP response body and sends nothing to the channel', async () => {
        const question = message(QUESTION, { deliveryMode: DeliveryModes.ExpectReplies });

        const { response, requests } = await exchange(question);

        assert.equal(response.status, 200);
        assert.equal(requests.length, 0, 'nothing reaches the serviceUrl');
        assert.ok(Array.isArray(response.body?.activities), 'the body is ExpectedReplies: {activities: [...]}');
        assert.equal(response.body.activities.length, 1);
        const [reply] = response.body.activities;
        assert.equal(reply.type, ActivityTypes.Message);
        assert.equal(reply.replyToId, question.id);
        assert.equal(reply.conversation.id, question.conversation.id);
        assert.equal(entitiesOf(reply, 'backcare/advice')[0]?.id, 'hamstring-stretch');
    });

    it('answers an invoke it does not handle with 501, as the SDK does', async () => {
        const invoke = { ...message(''), type: ActivityTypes.Invoke, name: 'backcare/unknown', text: undefined };

        const { response, requests } = await exchange(invoke);

        assert.equal(response.status, 501);
        assert.equal(requests.length, 0);
    });

    it('answers 502 when the channel refuses the reply and the apology', async () => {
        const question = message(QUESTION, { conversation: directLineConversation(UNKNOWN_CONVERSATION_PREFIX) });

        const { response, requests, deliveries } = await exchange(question);

        assert.equal(response.status, 502);
        assert.equal(requests.length, 2, 'the reply, then the apology; a 404 is not retried');
        assert.equal(deliveries.length, 0);
    });

    it('accepts the SDK without a token and sends none back while authentication is off', () => {
        assert.ok(channel.requests.length > 0);
        for (const request of channel.requests) {
            assert.equal(request.headers.authorization, undefined, `${request.method} to the channel carries no Authorization header`);
        }
        for (const { claimsIdentity } of channel.deliveries) {
            assert.equal(claimsIdentity.authenticationType, AuthenticationConstants.AnonymousAuthType);
            assert.ok(SkillValidation.isSkillClaim(claimsIdentity.claims), 'the SDK treats the caller as its anonymous callback');
        }
    });
});
