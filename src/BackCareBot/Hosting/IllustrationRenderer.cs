using SkiaSharp;
using Svg.Skia;

namespace BackCareBot.Hosting;

/// <summary>Rasterises an illustration's SVG to PNG with Svg.Skia, on a white background, at a given width.</summary>
internal static class IllustrationRenderer
{
    public static byte[] RenderPng(string svgPath, int width)
    {
        using var svg = new SKSvg();
        var picture = svg.Load(svgPath) ?? throw new InvalidOperationException($"{svgPath}: Svg.Skia could not read the drawing.");
        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0)
        {
            throw new InvalidOperationException($"{svgPath}: the drawing has no size.");
        }

        var scale = width / bounds.Width;
        var height = (int)Math.Ceiling(bounds.Height * scale);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            // Opaque: a transparent PNG with dark lines would vanish on a channel's dark theme.
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
