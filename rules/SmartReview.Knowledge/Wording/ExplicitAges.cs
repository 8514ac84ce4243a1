using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Ages written as numbers: ranges (3-12岁, 1岁至14岁, 12至&lt;18岁), lower bounds (6岁以上, 3岁及3岁以上, ≥12岁) and
/// upper bounds (18岁以下, &lt;18岁, 不满12岁). 以上 and 以下 include the number (Civil Code art. 1259). Months and days
/// (1月龄, 16日龄) are not years and are ignored. Each mention is one band; the caller joins them.
/// </summary>
internal static partial class ExplicitAges
{
    public static IReadOnlyList<AgeLimit> Parse(string text)
    {
        var bands = new List<AgeLimit>();
        text = Range().Replace(text, m =>
        {
            int max = Int(m.Groups["max"]) - (m.Groups["lt"].Success ? 1 : 0);
            bands.Add(new AgeLimit(Int(m.Groups["min"]), max, null));
            return " ";
        });
        text = AtMost().Replace(text, m =>
        {
            bands.Add(new AgeLimit(null, Int(m.Groups["n"]) - (m.Groups["lt"].Success ? 1 : 0), null));
            return " ";
        });
        _ = AtLeast().Replace(text, m =>
        {
            bands.Add(new AgeLimit(Int(m.Groups["n"]) + (m.Groups["gt"].Success ? 1 : 0), null, null));
            return " ";
        });
        return bands;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<min>\d+)\s*(?:周岁|岁)?\s*(?:-|~|～|至|到)\s*(?<lt><|＜)?\s*(?<max>\d+)\s*(?:周岁|岁)(?:及?以下|以内)?")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?:(?<lt><|＜|不满|未满)\s*(?<n>\d+)\s*(?:周岁|岁))|(?:(?<n>\d+)\s*(?:周岁|岁)\s*(?:及|或)?\s*(?:以下|以内))")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"(?:(?:≥|>=)\s*(?<n>\d+)\s*(?:周岁|岁))|(?:(?<gt>>|＞)\s*(?<n>\d+)\s*(?:周岁|岁))|(?:(?<n>\d+)\s*(?:周岁|岁)\s*(?:及|或)?\s*(?:\d+\s*(?:周岁|岁)\s*)?以上)")]
    private static partial Regex AtLeast();
}
