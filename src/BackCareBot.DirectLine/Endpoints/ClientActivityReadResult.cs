using System.Diagnostics.CodeAnalysis;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>An activity a client may send, or why the body is not one (in words safe to log and to return).</summary>
internal readonly record struct ClientActivityReadResult(Activity? Activity, string? ErrorCode, string? ErrorMessage)
{
    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(ErrorMessage))]
    public bool Succeeded => Activity is not null;

    public static ClientActivityReadResult Success(Activity activity) => new(activity, null, null);

    public static ClientActivityReadResult Failure(string code, string message) => new(null, code, message);
}
