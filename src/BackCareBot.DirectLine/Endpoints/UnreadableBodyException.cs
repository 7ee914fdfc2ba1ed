namespace BackCareBot.DirectLine.Endpoints;

/// <summary>The client stopped sending its request body, or sent it too slowly: answered 400 by <see cref="DirectLineGuard"/>.</summary>
internal sealed class UnreadableBodyException(Exception innerException)
    : Exception("The request body could not be read to its end.", innerException);
