using BackCareBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// Around every handler: a client that went away ends quietly, a body the client did not finish sending is a 400
/// with a debug line, and a bug is logged (never with content) and answered with an empty-of-detail 500 rather than
/// the framework's error page.
/// </summary>
internal static class DirectLineGuard
{
    public static async Task RunAsync(HttpContext httpContext, Func<Task> handler)
    {
        try
        {
            await handler().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (UnreadableBodyException exception) when (!httpContext.Response.HasStarted)
        {
            // The client's fault, and common on the internet: a debug line, not an error for each.
            var logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineGuard).FullName!);
            DirectLineLog.BodyUnreadable(logger, exception.InnerException!);
            await DirectLineResponses.WriteAsync(httpContext.Response, StatusCodes.Status400BadRequest,
                new ErrorResponse(DirectLineErrorCodes.BadSyntax, exception.Message), BotJson.TypeInfo<ErrorResponse>()).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineGuard).FullName!);
            DirectLineLog.UnexpectedFailure(logger, exception);
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Clear();
                await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status500InternalServerError, DirectLineErrorCodes.ServiceError,
                    "The request could not be processed.").ConfigureAwait(false);
            }
        }
    }
}
