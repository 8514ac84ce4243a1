using System.Globalization;

namespace SmartReview.Knowledge.Packs;

/// <summary>The next pack version: the last dot-separated number plus one (2026.1 → 2026.2), else ".1" appended.</summary>
internal static class PackVersion
{
    public static string Next(string version)
    {
        int dot = version.LastIndexOf('.');
        string last = version[(dot + 1)..];
        return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? version[..(dot + 1)] + (n + 1).ToString(CultureInfo.InvariantCulture)
            : version + ".1";
    }
}
