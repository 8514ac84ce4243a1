using System.Text;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Batches;

/// <summary>JSON Lines input built from settlements and raw lines.</summary>
internal static class Jsonl
{
    public static string Of(Settlement settlement)
    {
        using var stream = new MemoryStream();
        using (var writer = new SettlementWriter(stream))
        {
            writer.Write(settlement);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }

    public static MemoryStream Stream(IEnumerable<string> lines, string newline = "\n") =>
        new(Encoding.UTF8.GetBytes(string.Join(newline, lines) + newline));
}
