namespace BackCareBot.BackCare.Illustrations;

/// <summary>One advice's picture: the SVG drawn for it and the text that stands in for it.</summary>
/// <param name="AdviceId">The advice it shows (<see cref="AdviceIds"/>).</param>
/// <param name="SvgPath">The drawing's full path on disk, checked when the catalog was loaded.</param>
/// <param name="AltText">What a screen reader or a text-only channel gives instead of the picture.</param>
public sealed record Illustration(string AdviceId, string SvgPath, string AltText);
