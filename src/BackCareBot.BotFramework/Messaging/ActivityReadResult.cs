using System.Diagnostics.CodeAnalysis;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Messaging;

/// <summary>A parsed, well-formed activity, or why the body is not one (in words safe to log and to return).</summary>
internal readonly record struct ActivityReadResult(Activity? Activity, string? ErrorCode, string? ErrorMessage)
{
    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(ErrorMessage))]
    public bool Succeeded => Activity is not null;

    public static ActivityReadResult Success(Activity activity) => new(activity, null, null);

    public static ActivityReadResult Failure(string code, string message) => new(null, code, message);
}
