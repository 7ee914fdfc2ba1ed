using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using BackCareBot.BackCare.Knowledge.Loading;

namespace BackCareBot.BackCare.Illustrations;

/// <summary>
/// An illustration is served to browsers as <c>image/svg+xml</c> and opened on its own it could run script, so only
/// plain shapes pass: a known set of drawing elements, no event attributes, no links or references to anything
/// outside the file, no DTD.
/// </summary>
internal static class SvgSafety
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>The drawings are a few KB; anything far larger is not one of them.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly HashSet<string> AllowedElements =
        new(["svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "title", "desc"], StringComparer.Ordinal);

    public static bool Check(string path, string subject, ProblemLog log)
    {
        if (new FileInfo(path).Length > MaxBytes)
        {
            log.Add(path, subject, $"is larger than {MaxBytes / 1024} KB; a drawing is a few KB of shapes");
            return false;
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            log.Add(path, subject, $"is not well-formed SVG: {exception.Message}");
            return false;
        }

        var root = document.Root!;
        if (root.Name != XName.Get("svg", Namespace))
        {
            log.Add(path, subject, $"must have an <svg> root in the SVG namespace ({Namespace})");
            return false;
        }

        var ok = CheckViewBox(path, subject, root, log);
        foreach (var element in root.DescendantsAndSelf())
        {
            ok &= CheckElement(path, subject, element, log);
        }

        return ok;
    }

    private static bool CheckViewBox(string path, string subject, XElement root, ProblemLog log)
    {
        var parts = ((string?)root.Attribute("viewBox") ?? string.Empty).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var numbers = parts.Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN).ToArray();
        if (numbers.Length != 4 || numbers.Any(double.IsNaN) || numbers[2] <= 0 || numbers[3] <= 0)
        {
            log.Add(path, subject, "needs a viewBox of four numbers with a positive width and height, so it scales to any screen");
            return false;
        }

        return true;
    }

    private static bool CheckElement(string path, string subject, XElement element, ProblemLog log)
    {
        var line = ((IXmlLineInfo)element).LineNumber;
        if (element.Name.NamespaceName != Namespace || !AllowedElements.Contains(element.Name.LocalName))
        {
            log.Add(path, subject, $"line {line}: <{element.Name.LocalName}> is not allowed; a drawing is made of {string.Join(", ", AllowedElements.Order(StringComparer.Ordinal))}");
            return false;
        }

        var ok = true;
        foreach (var attribute in element.Attributes().Where(attribute => !attribute.IsNamespaceDeclaration))
        {
            var name = attribute.Name.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || name.Equals("href", StringComparison.OrdinalIgnoreCase)
                || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                || attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase)
                || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                log.Add(path, subject, $"line {line}: attribute '{name}' on <{element.Name.LocalName}> is not allowed: no scripts, links, styles or references");
                ok = false;
            }
        }

        return ok;
    }
}
