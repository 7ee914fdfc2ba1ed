namespace BackCareBot.DirectLine.Tokens;

internal enum TokenCheckStatus
{
    Valid,

    /// <summary>Ours, signed and for the right use, but past its expiry.</summary>
    Expired,

    /// <summary>Not a token this service signed for this use (garbled, forged, other scope).</summary>
    Invalid,
}
