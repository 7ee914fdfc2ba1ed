namespace BackCareBot.BackCare.Illustrations;

/// <summary>Where an advice's picture is served and what stands in for it.</summary>
/// <param name="AdviceId">The advice it shows.</param>
/// <param name="PngUrl">The PNG (for Adaptive Cards in Teams and any channel); absolute when a public address is configured.</param>
/// <param name="SvgUrl">The SVG, for the web chat page and channels that show SVG.</param>
/// <param name="AltText">One or two sentences describing the position: the image's alt text and the text-only fallback.</param>
public sealed record AdvicePicture(string AdviceId, Uri PngUrl, Uri SvgUrl, string AltText);
