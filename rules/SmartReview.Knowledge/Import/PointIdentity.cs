using System.Security.Cryptography;
using System.Text;
using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Nhsa;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Import;

/// <summary>
/// The stable id of a point across batches: <c>NK-</c> + 16 hex of SHA-256 over the rule key and the rule's identity
/// parts (default: the NFKC-normalised item name; pairs: the codes of both sides, so either order is one point; surgery discounting: group and code set, since one surgery name
/// appears in several groups and under two codes). Not the NHSA <c>id</c>, which is per published row and changes when
/// a batch restates a point; not the code set, which grows as products are added. <see cref="Scope"/> catches the
/// other changes: a restatement that renames the item, or folds an earlier point's codes into another point.
/// </summary>
internal static class PointIdentity
{
    public static string? Of(RuleMapping rule, NhsaPoint point)
    {
        var parts = new List<string> { rule.Key };
        foreach (string part in rule.Identity)
        {
            string value = part switch
            {
                "item_name" => WordingText.Normalize(point.ItemName),
                "group" => WordingText.Normalize(point.Restriction),
                "pair" => string.Join(",", point.Codes.Concat(CodeMentions.In(WordingText.Normalize(point.Restriction))).Distinct().Order(StringComparer.Ordinal)),
                _ => string.Join(",", point.Codes.Order(StringComparer.Ordinal)),
            };
            if (value.Length == 0)
            {
                return null;
            }

            parts.Add(value);
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", parts)));
        return "NK-" + Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>
    /// For rules identified by item name (and not by codes): the rule key and the other identity parts (a group).
    /// Two points with the same scope and the same codes are one point under two names; a later point whose codes
    /// cover all of an earlier one's absorbs it. Null for other rules.
    /// </summary>
    public static string? Scope(RuleMapping rule, NhsaPoint point) =>
        rule.Identity.Contains("item_name") && !rule.Identity.Contains("codes")
            ? string.Join("|", rule.Identity.Where(p => p == "group").Select(_ => WordingText.Normalize(point.Restriction)).Prepend(rule.Key))
            : null;
}
