using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.AzureBotService;

/// <summary>
/// Exchanges the Direct Line secret for a conversation token at Azure Bot Service
/// (<c>POST {AzureBaseUrl}/v3/directline/tokens/generate</c>, <c>Authorization: Bearer &lt;secret&gt;</c>), the
/// exchange Microsoft's Web Chat samples do on their token server. Redirects are not followed: the secret goes to the
/// configured address and nowhere else.
/// </summary>
internal sealed class AzureTokenClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureTokenClient> logger)
{
    public const string GeneratePath = "v3/directline/tokens/generate";

    /// <summary>A token for a new conversation bound to <paramref name="userId"/>, or null when Azure did not give one.</summary>
    public async Task<AzureTokenResponse?> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.AzureBaseUrl, GeneratePath))
        {
            Content = JsonContent.Create(new AzureTokenRequest(new AzureTokenUser(userId)), AzureJsonContext.Default.AzureTokenRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                AzureTokenLog.Refused(logger, (int)response.StatusCode);
                return null;
            }

            var token = await response.Content.ReadFromJsonAsync(AzureJsonContext.Default.AzureTokenResponse, cancellationToken).ConfigureAwait(false);
            if (token is not { Token.Length: > 0, ConversationId.Length: > 0, ExpiresIn: > 0 })
            {
                AzureTokenLog.Unreadable(logger);
                return null;
            }

            return token;
        }
        catch (JsonException)
        {
            AzureTokenLog.Unreadable(logger);
            return null;
        }
        catch (HttpRequestException exception)
        {
            AzureTokenLog.Unreachable(logger, exception.HttpRequestError);
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            AzureTokenLog.Unreachable(logger, HttpRequestError.Unknown);
            return null;
        }
    }
}
