using System.Text;
using System.Text.Json;

namespace SmartReview.Application.History;

/// <summary>Which bucket a person's stays live in: FNV-1a of the person id's UTF-8 bytes, modulo the bucket count.</summary>
public static class PersonBuckets
{
    public static int Of(string personId, int buckets) => Of(Encoding.UTF8.GetBytes(personId), buckets);

    public static int Of(ReadOnlySpan<byte> personIdUtf8, int buckets)
    {
        uint hash = 2166136261;
        foreach (byte b in personIdUtf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash % (uint)buckets);
    }

    /// <summary>
    /// The bucket of one JSON Lines record, read from its <c>person.id</c> without parsing the rest; a record whose
    /// person cannot be found goes to bucket 0, where scoring rejects it with the reason.
    /// </summary>
    public static int OfRecord(ReadOnlySpan<byte> line, int buckets)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return 0;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool person = reader.ValueTextEquals("person"u8);
                reader.Read();
                if (person && reader.TokenType == JsonTokenType.StartObject)
                {
                    return IdOf(ref reader, buckets);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return 0;
    }

    private static int IdOf(ref Utf8JsonReader reader, int buckets)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool id = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (id && reader.TokenType == JsonTokenType.String)
            {
                return reader.ValueIsEscaped ? Of(reader.GetString()!, buckets) : Of(reader.ValueSpan, buckets);
            }

            reader.Skip();
        }

        return 0;
    }
}
