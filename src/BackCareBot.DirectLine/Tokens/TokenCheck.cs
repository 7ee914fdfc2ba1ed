using System.Diagnostics.CodeAnalysis;

namespace BackCareBot.DirectLine.Tokens;

internal readonly record struct TokenCheck(TokenCheckStatus Status, DirectLineToken? Token)
{
    [MemberNotNullWhen(true, nameof(Token))]
    public bool IsValid => Status == TokenCheckStatus.Valid && Token is not null;

    public static TokenCheck Invalid { get; } = new(TokenCheckStatus.Invalid, null);
}
