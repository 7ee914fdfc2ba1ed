namespace BackCareBot.Conversation.Wording;

/// <summary>What the bot says about the advice pictures: "show me", "is there a video?".</summary>
public sealed class PictureWording
{
    /// <summary>The picture in words ({title}, {alt}), for a channel that shows no pictures.</summary>
    public string InWords { get; init; } = "";

    /// <summary>There is no video: the picture instead.</summary>
    public string NoVideo { get; init; } = "";

    /// <summary>"Show me" before any advice.</summary>
    public string NothingShown { get; init; } = "";

    /// <summary>"Show me" after advice that has no picture.</summary>
    public string NoPicture { get; init; } = "";

    /// <summary>"Show me" after the version without kneeling or the floor was described: the picture is of the other one.</summary>
    public string NoPictureOfVersion { get; init; } = "";
}
