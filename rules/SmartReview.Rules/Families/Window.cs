using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>A counting window within one stay: each China calendar day, or the whole stay.</summary>
internal enum Window { Day, Stay }

internal static class Windows
{
    public static readonly string[] Names = ["day", "stay"];

    public static Window Parse(string name) => name == "day" ? Window.Day : Window.Stay;

    /// <summary>The key of the window a line charged on China date <paramref name="date"/> falls in (the date, or one key for the whole stay).</summary>
    public static DateOnly KeyOf(Window window, DateOnly date) => window == Window.Day ? date : DateOnly.MinValue;

    public static object Describe(Window window, DateOnly key) =>
        window == Window.Day ? Engine.Texts.Format("Window_Day", [key]) : Engine.Texts.Of("Window_Stay");
}
