using System.Security.Cryptography;
using System.Text;

namespace SmartReview.Rules.Engine;

/// <summary>
/// Flag ids hash what identifies a finding: rule, settlement, related settlement, line ids and, when the flag names
/// one, the knowledge entry (two entries of one rule can flag the same lines). The pack version is deliberately left
/// out, so re-scoring under a newer version of the same rule does not open a second case.
/// </summary>
public static class FlagIds
{
    public static string For(string ruleId, string settlementId, string? relatedSettlementId, IEnumerable<string> lineIds,
        string? knowledgeId = null)
    {
        var key = new StringBuilder(ruleId.Length + settlementId.Length + 64)
            .Append(ruleId).Append('\u001f').Append(settlementId).Append('\u001f').Append(relatedSettlementId);
        if (knowledgeId is not null)
        {
            key.Append('\u001e').Append(knowledgeId);
        }

        foreach (string line in lineIds.Order(StringComparer.Ordinal))
        {
            key.Append('\u001f').Append(line);
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()), hash);
        return "F" + Convert.ToHexStringLower(hash[..12]);
    }
}
