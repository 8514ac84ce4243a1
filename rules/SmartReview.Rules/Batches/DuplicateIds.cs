using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace SmartReview.Rules.Batches;

/// <summary>
/// Finds settlement ids already seen in one input, in one pass, reading only the record's top-level
/// <c>settlement_id</c>: a 64-bit hash (XxHash64) of each id maps to the line it was first on, about 30 bytes a
/// settlement (10 million in about 300 MB). Two different ids with one hash (odds about 3 in a million among 10
/// million ids) would be taken for one. A record without a readable id is left to the parser to reject.
/// </summary>
public sealed class DuplicateIds
{
    public const string Field = "settlement_id";

    private readonly Dictionary<ulong, long> _first = [];

    /// <summary>The id and the line it was first seen on when the record's settlement id is a repeat; else null, and the line is remembered.</summary>
    public (string Id, long FirstLine)? Check(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (!TryHash(line, out ulong hash, out string? id))
        {
            return null;
        }

        if (_first.TryAdd(hash, lineNumber))
        {
            return null;
        }

        return (id ?? IdOf(line) ?? "", _first[hash]);
    }

    public static string Reason(string id, long firstLine) => $"settlement {id} already at line {firstLine}";

    /// <summary>The record's settlement id, when it has one to read.</summary>
    public static string? IdOf(ReadOnlySpan<byte> line) => TryHash(line, out _, out string? id, wantId: true) ? id : null;

    private static bool TryHash(ReadOnlySpan<byte> line, out ulong hash, out string? id, bool wantId = false)
    {
        hash = 0;
        id = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool found = reader.ValueTextEquals("settlement_id"u8);
                reader.Read();
                if (found)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    id = reader.ValueIsEscaped || wantId ? reader.GetString() : null;
                    ReadOnlySpan<byte> bytes = id is null ? reader.ValueSpan : Encoding.UTF8.GetBytes(id);
                    hash = XxHash64.HashToUInt64(bytes);
                    return bytes.Length > 0;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
