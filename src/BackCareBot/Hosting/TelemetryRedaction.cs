using System.Diagnostics;
using OpenTelemetry;

namespace BackCareBot.Hosting;

/// <summary>
/// Takes identifiers out of the URLs a span records before it is exported. Paths carry Direct Line and Teams
/// conversation ids (<c>/v3/directline/conversations/{id}/activities</c>, the Bot Connector's
/// <c>/v3/conversations/{id}/activities/{activityId}</c>, Blob names made of conversation keys), and a stream URL's
/// query carries its token; the logs show conversations only as hashes, and telemetry keeps to the same rule. A
/// server span keeps its route template; a call keeps its scheme and host.
/// </summary>
public sealed class TelemetryRedaction : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var uri))
        {
            data.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority) + "/");
        }

        if (data.GetTagItem("url.path") is not null)
        {
            data.SetTag("url.path", data.GetTagItem("http.route") as string ?? "/");
        }

        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }
    }
}
