namespace SmartReview.Storage;

/// <summary>
/// Table keys from ids. Partition and row keys may not hold '/', '\', '#', '?' or control characters; ids that do are
/// percent-encoded for those characters only, so ordinary ids stay readable in the keys.
/// </summary>
internal static class Keys
{
    public static string Safe(string id)
    {
        if (id.AsSpan().IndexOfAny("/\\#?%") < 0 && !id.Any(char.IsControl))
        {
            return id;
        }

        var safe = new System.Text.StringBuilder(id.Length + 8);
        foreach (char c in id)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                safe.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
