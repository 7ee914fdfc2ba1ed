namespace BackCareBot.WebChat.Tests;

/// <summary>Measures text contrast in the page as a person sees it, for the WCAG AA checks.</summary>
internal static class ContrastCheck
{
    /// <summary>
    /// Every element with its own visible text, with the contrast of its colour against the first opaque background
    /// behind it (the page's gradient counts as its darkest stop, #e3efec). Large text (24 px, or 18.66 px bold)
    /// needs 3:1, the rest 4.5:1. Screen-reader-only text (clipped to 1 px) is skipped.
    /// </summary>
    public const string Script =
        """
        () => {
          const parse = value => {
            const m = value.match(/rgba?\(([^)]+)\)/);
            if (!m) return null;
            const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
            return { r, g, b, a };
          };
          const lum = ({ r, g, b }) => {
            const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
          };
          const background = element => {
            for (let e = element; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c && c.a >= 0.99) return c;
            }
            return { r: 0xe3, g: 0xef, b: 0xec, a: 1 };
          };
          const results = [];
          for (const element of document.querySelectorAll('body *')) {
            const own = [...element.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
            if (!own) continue;
            const rect = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || style.display === 'none' || !element.checkVisibility()) continue;
            if (rect.bottom < 0 || rect.top > innerHeight) continue;
            const fg = parse(style.color), bg = background(element);
            const hi = Math.max(lum(fg), lum(bg)), lo = Math.min(lum(fg), lum(bg));
            const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
            const kind = element.closest('.webchat__activity-status') ? 'timestamp'
              : element.closest('.webchat__suggested-action') ? 'button' : 'text';
            results.push({ text: own.slice(0, 40), kind, ratio: (hi + 0.05) / (lo + 0.05), needed: size >= 24 || (bold && size >= 18.66) ? 3 : 4.5 });
          }
          return results;
        }
        """;
}
