using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// Writes every Direct Line response: JSON, never cached (conversations hold health data), errors as ErrorResponse
/// whose message names the problem without echoing what was sent.
/// </summary>
internal static class DirectLineResponses
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static Task WriteAsync<T>(HttpResponse response, int statusCode, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(response);
        Prepare(response, statusCode);
        return JsonSerializer.SerializeAsync(response.Body, value, typeInfo, response.HttpContext.RequestAborted);
    }

    public static Task ErrorAsync(HttpResponse response, ILogger logger, int statusCode, string code, string message)
    {
        DirectLineLog.Refused(logger, statusCode, code);
        return WriteAsync(response, statusCode, new ErrorResponse(code, message), BotJson.TypeInfo<ErrorResponse>());
    }

    public static async Task ActivitySetAsync(HttpResponse response, ActivityBatch batch)
    {
        ArgumentNullException.ThrowIfNull(response);
        Prepare(response, StatusCodes.Status200OK);
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            ActivitySetWriter.Write(writer, batch);
        }

        await response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static void Prepare(HttpResponse response, int statusCode)
    {
        response.StatusCode = statusCode;
        response.ContentType = JsonContentType;
        response.Headers.CacheControl = "no-store";
    }
}
