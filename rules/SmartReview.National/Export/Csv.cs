using System.Text;

namespace SmartReview.National.Export;

/// <summary>CSV fields as a bureau's export writes them: quoted when they hold a comma, a quote or a line break; CRLF between rows.</summary>
internal static class Csv
{
    public static void Row(StringBuilder into, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                into.Append(',');
            }

            string f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                into.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                into.Append(f);
            }
        }

        into.Append("\r\n");
    }
}
