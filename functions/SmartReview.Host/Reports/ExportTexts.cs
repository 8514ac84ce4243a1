using System.Globalization;
using System.Resources;

namespace SmartReview.Host.Reports;

/// <summary>The export texts (Resources/ExportTexts.resx): each Simplified Chinese first, then English, in one string.</summary>
internal static class ExportTexts
{
    private static readonly ResourceManager Resources = new("SmartReview.Host.Resources.ExportTexts", typeof(ExportTexts).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture) ?? throw new KeyNotFoundException($"missing export text '{key}'");
}
