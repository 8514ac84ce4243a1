using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>Counts distinct codes among a window's members without allocating (windows hold a few dozen lines).</summary>
internal static class Distinct
{
    /// <summary>Distinct codes of the members' lines, counting no further than <paramref name="enough"/>.</summary>
    public static int Codes(ReadOnlySpan<WindowMember> members, IReadOnlyList<LineItem> lines, int enough)
    {
        int count = 0;
        for (int i = 0; i < members.Length && count < enough; i++)
        {
            string code = lines[members[i].Line].Code;
            bool seen = false;
            for (int j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(lines[members[j].Line].Code, code, StringComparison.Ordinal);
            }

            if (!seen)
            {
                count++;
            }
        }

        return count;
    }
}
