using System.Net.Http.Headers;
using System.Text.Json;
using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.IO;
using BackCareBot.BotFramework.Logging;
using BackCareBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace BackCareBot.BotFramework.Connector;

/// <summary>
/// The bot's side of the Bot Connector REST API v3: delivers activities to the channel at the activity's
/// <c>serviceUrl</c>. Retries and timeouts come from the resilience pipeline of the named HTTP client.
/// </summary>
public sealed class BotConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokenProvider,
    ServiceUrlGuard serviceUrlGuard,
    ILogger<BotConnectorClient> logger)
{
    public const string HttpClientName = "BotConnector";

    // Channel answers are a ResourceResponse or an ErrorResponse: tiny. Anything larger is not read.
    private const int MaxResponseBytes = 64 * 1024;

    private static readonly MediaTypeHeaderValue JsonContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    /// <summary>POST <c>v3/conversations/{conversationId}/activities</c>: appends to the conversation.</summary>
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        return SendAsync(
            "SendToConversation", HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(serviceUrl, conversationId), activity, conversationId, cancellationToken);
    }

    /// <summary>POST <c>v3/conversations/{conversationId}/activities/{replyToId}</c>: threads under the activity replied to.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var replyToId = activity.ReplyToId;
        ArgumentException.ThrowIfNullOrEmpty(replyToId, nameof(activity));
        return SendAsync(
            "ReplyToActivity", HttpMethod.Post, serviceUrl, ConnectorPaths.Activity(serviceUrl, conversationId, replyToId), activity, conversationId, cancellationToken);
    }

    /// <summary>PUT <c>v3/conversations/{conversationId}/activities/{id}</c>: replaces a sent activity.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var activityId = activity.Id;
        ArgumentException.ThrowIfNullOrEmpty(activityId, nameof(activity));
        return SendAsync(
            "UpdateActivity", HttpMethod.Put, serviceUrl, ConnectorPaths.Activity(serviceUrl, conversationId, activityId), activity, conversationId, cancellationToken);
    }

    /// <summary>DELETE <c>v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendAsync(
            "DeleteActivity", HttpMethod.Delete, serviceUrl, ConnectorPaths.Activity(serviceUrl, conversationId, activityId), null, conversationId, cancellationToken);
    }

    private static (string ServiceUrl, string ConversationId) Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl;
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl, nameof(activity));
        ArgumentException.ThrowIfNullOrEmpty(conversationId, nameof(activity));
        return (serviceUrl, conversationId);
    }

    private async Task<ResourceResponse> SendAsync(
        string operation,
        HttpMethod method,
        string serviceUrl,
        Uri uri,
        Activity? activity,
        string conversationId,
        CancellationToken cancellationToken)
    {
        var conversationHash = LogSafe.Hash(conversationId);
        if (!serviceUrlGuard.IsAllowed(serviceUrl))
        {
            ConnectorLog.ServiceUrlRefused(logger, operation, conversationHash);
            throw new BotConnectorException($"{operation} refused: the service URL is not allowed.", statusCode: null, "ServiceUrlNotAllowed", channelUnreachable: false);
        }

        using var request = new HttpRequestMessage(method, uri);
        if (activity is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.TypeInfo<Activity>()));
            request.Content.Headers.ContentType = JsonContentType;
        }

        var token = await GetTokenAsync(operation, conversationHash, cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
                                              || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ConnectorLog.Unreachable(logger, exception, operation, conversationHash);
            throw new BotConnectorException($"{operation} got no answer from the channel.", statusCode: null, errorCode: null, channelUnreachable: true, exception);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await ReadResourceResponseAsync(response, operation, conversationHash, cancellationToken).ConfigureAwait(false);
            }

            var status = (int)response.StatusCode;
            var errorCode = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            ConnectorLog.CallFailed(logger, operation, status, errorCode ?? "-", conversationHash);
            throw new BotConnectorException(
                $"{operation} failed with HTTP {status}.", status, errorCode, ConnectorRetryPolicy.IsTransient(response.StatusCode));
        }
    }

    private async Task<string?> GetTokenAsync(string operation, string conversationHash, CancellationToken cancellationToken)
    {
        try
        {
            return await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ConnectorLog.TokenFailed(logger, exception, operation, conversationHash);
            throw new BotConnectorException($"{operation} has no token for the channel.", statusCode: null, errorCode: null, channelUnreachable: true, exception);
        }
    }

    private async Task<ResourceResponse> ReadResourceResponseAsync(
        HttpResponseMessage response, string operation, string conversationHash, CancellationToken cancellationToken)
    {
        using var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        if (body is null || body.Length == 0)
        {
            return new ResourceResponse();
        }

        try
        {
            return JsonSerializer.Deserialize(body.Span, BotJson.TypeInfo<ResourceResponse>()) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            // The activity was delivered; only its id is unknown.
            ConnectorLog.UnreadableResponse(logger, operation, conversationHash);
            return new ResourceResponse();
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        if (body is null || body.Length == 0)
        {
            return null;
        }

        try
        {
            return LogSafe.Token(JsonSerializer.Deserialize(body.Span, BotJson.TypeInfo<ErrorResponse>())?.Error?.Code);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<PooledBuffer?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await BoundedStreamReader.ReadAsync(stream, MaxResponseBytes, response.Content.Headers.ContentLength, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
