using System.Globalization;
using SmartReview.Application.Evidence;
using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Review.Support;
using SmartReview.Rules.Engine;

namespace SmartReview.Host.Web;

/// <summary>How pages write times (stored in UTC, shown in China time) and money (yuan with fen).</summary>
internal static class Display
{
    public static string Time(DateTimeOffset? utc) =>
        utc is { } t ? t.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A UTC <see cref="DateTime"/> (as settlements carry them) in China time.</summary>
    public static string Time(DateTime utc) => Time(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string Date(DateTimeOffset? utc) =>
        utc is { } t ? t.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    /// <summary>A count with thousands separators: 89,750.</summary>
    public static string Count(long n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Money(decimal? yuan) => yuan is { } y ? "¥" + y.ToString("#,##0.00", CultureInfo.InvariantCulture) : "";

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "–";

    /// <summary>A size as people read it: "10 MB", "512 KB".</summary>
    public static string Bytes(long bytes) => bytes >= 1 << 20
        ? (bytes / (decimal)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : Math.Ceiling(bytes / 1024m).ToString(CultureInfo.InvariantCulture) + " KB";

    /// <summary>File types by their short names, listed the reader's way: "PDF、PNG、JPEG".</summary>
    public static string Types(IEnumerable<string> contentTypes) =>
        string.Join(English ? ", " : "、", contentTypes.Select(t => FileSignatures.Short(t).ToUpperInvariant()));

    /// <summary>A refusal in the reader's language.</summary>
    public static string Text(Rejection rejection) => English ? rejection.MessageEn : rejection.MessageZh;

    /// <summary>Which pack version and basis judged the flag, in the reader's language; a flag kept without a basis was judged by discharge date.</summary>
    public static string JudgedBy(FlagSummary f)
    {
        ScreeningBasis basis = ScreeningBasis.TryParse(f.Basis, out ScreeningBasis read) ? read : default;
        return Texts.JudgedBy(f.Pack, basis.For(f.Discharge)).In(CultureInfo.CurrentUICulture.Name);
    }

    /// <summary>Whether the reader chose English; Chinese otherwise.</summary>
    public static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
}
