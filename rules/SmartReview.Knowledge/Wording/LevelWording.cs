using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The lowest facility level an item is payable at (<c>{"min_level":2}</c>) from "限二级及以上医疗机构", "限三级医院".
/// Several levels (三级综合医院…或二级及以上专科医院) give the lowest. A level in a clause about the first prescription
/// only (首次处方时需由二级及以上医疗机构…) cannot be checked on one settlement: text-only. A level "and below"
/// (二级以下医疗机构不予支付) is not read as a minimum.
/// </summary>
internal sealed partial class LevelWording(WordingPatterns patterns) : IWordingReader
{
    private readonly IReadOnlyList<string> _firstOnly = patterns.Strings("level", "first_only");

    public string Name => "level";

    public Structure Read(WordingInput input)
    {
        var levels = new List<int>();
        bool firstOnly = false;
        foreach (string clause in WordingText.Clauses(input.Text))
        {
            int[] found = [.. Level().Matches(clause).Select(m => "一二三".IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal) + 1)];
            if (found.Length > 0 && _firstOnly.Any(clause.Contains))
            {
                firstOnly = true;
            }
            else
            {
                levels.AddRange(found);
            }
        }

        if (levels.Count > 0)
        {
            return Structure.Checkable(new JsonObject { ["min_level"] = levels.Min() });
        }

        return Structure.TextOnly("other", firstOnly ? "level.first_prescription" : "level.none_named");
    }

    [GeneratedRegex(@"([一二三])级(?!及?以下)(?:及以上|以上)?[^,;:。]{0,8}?(?:医疗机构|医院)")]
    private static partial Regex Level();
}
