using System.Globalization;
using System.Text.Json;

namespace SmartReview.Rules.Packs;

/// <summary>Reads fields of one JSON object of a pack, recording an error (with where and which field) instead of throwing.</summary>
internal sealed class ElementReader(JsonElement element, string where, List<PackError> errors, string prefix = "")
{
    public string Where => where;

    public void Error(string field, string reason) => errors.Add(new PackError(where, prefix + field, reason));

    public bool Has(string field) => element.TryGetProperty(field, out JsonElement v) && v.ValueKind != JsonValueKind.Null;

    public JsonElement? Get(string field) => element.TryGetProperty(field, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public string RequiredString(string field)
    {
        string? value = OptionalString(field);
        if (value is null && !Has(field))
        {
            Error(field, "required field is missing");
        }

        return value ?? "";
    }

    public string? OptionalString(string field)
    {
        JsonElement? v = Get(field);
        if (v is null)
        {
            return null;
        }

        if (v.Value.ValueKind != JsonValueKind.String || v.Value.GetString()!.Length == 0)
        {
            Error(field, "expected a non-empty string");
            return null;
        }

        return v.Value.GetString();
    }

    public bool Bool(string field, bool fallback)
    {
        JsonElement? v = Get(field);
        if (v is null)
        {
            return fallback;
        }

        if (v.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.Value.GetBoolean();
        }

        Error(field, "expected true or false");
        return fallback;
    }

    public DateOnly? Date(string field, bool required)
    {
        JsonElement? v = Get(field);
        if (v is null)
        {
            if (required)
            {
                Error(field, "required field is missing");
            }

            return null;
        }

        if (v.Value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(v.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        Error(field, "expected a date yyyy-MM-dd");
        return null;
    }

    public T Enum<T>(string field, IReadOnlyDictionary<string, T> names, T fallback)
    {
        string? name = OptionalString(field);
        if (name is null)
        {
            if (!Has(field))
            {
                Error(field, "required field is missing");
            }

            return fallback;
        }

        if (names.TryGetValue(name, out T? value))
        {
            return value;
        }

        Error(field, $"'{name}' is not one of {string.Join(", ", names.Keys)}");
        return fallback;
    }

    public IReadOnlyList<string> Strings(string field)
    {
        JsonElement? v = Get(field);
        if (v is null)
        {
            return [];
        }

        if (v.Value.ValueKind != JsonValueKind.Array || v.Value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            Error(field, "expected an array of strings");
            return [];
        }

        return [.. v.Value.EnumerateArray().Select(e => e.GetString()!)];
    }

    public IReadOnlyDictionary<string, JsonElement> Object(string field)
    {
        JsonElement? v = Get(field);
        if (v is null)
        {
            return new Dictionary<string, JsonElement>();
        }

        if (v.Value.ValueKind != JsonValueKind.Object)
        {
            Error(field, "expected an object");
            return new Dictionary<string, JsonElement>();
        }

        return v.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    public ElementReader? Child(string field)
    {
        JsonElement? v = Get(field);
        if (v is null)
        {
            return null;
        }

        if (v.Value.ValueKind != JsonValueKind.Object)
        {
            Error(field, "expected an object");
            return null;
        }

        return new ElementReader(v.Value, where, errors, prefix + field + ".");
    }
}
