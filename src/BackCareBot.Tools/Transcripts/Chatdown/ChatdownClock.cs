namespace BackCareBot.Transcripts.Chatdown;

/// <summary>Chatdown's timestamps: each activity is stamped by moving the clock forward first.</summary>
internal sealed class ChatdownClock(DateTimeOffset start)
{
    public const int MessageGapMilliseconds = 2000;
    public const int ShortGapMilliseconds = 100;

    private DateTimeOffset _now = start;

    public DateTimeOffset Advance(int milliseconds)
    {
        _now = _now.AddMilliseconds(milliseconds);
        return _now;
    }
}
