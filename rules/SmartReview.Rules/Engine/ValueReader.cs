using System.Text.Json;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>
/// Reads typed rule parameters or knowledge attributes, recording an error that names where (rule or entry) and the
/// field instead of throwing, so one load reports every problem.
/// </summary>
public sealed class ValueReader(IReadOnlyDictionary<string, JsonElement> values, string where, string prefix, List<PackError> errors)
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public bool Has(string name)
    {
        _asked.Add(name);
        return values.TryGetValue(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null;
    }

    /// <summary>Records an error for every value present that was never asked for.</summary>
    internal void ReportUnasked(string reason)
    {
        foreach (string name in values.Keys.Where(n => !_asked.Contains(n)).Order(StringComparer.Ordinal))
        {
            Error(name, reason);
        }
    }

    public void Error(string name, string reason) => errors.Add(new PackError(where, prefix + name, reason));

    public int Int(string name, int min, int max, int? fallback = null)
    {
        if (!Present(name, fallback is null))
        {
            return fallback ?? 0;
        }

        if (values[name].ValueKind == JsonValueKind.Number && values[name].TryGetInt32(out int v) && v >= min && v <= max)
        {
            return v;
        }

        Error(name, $"expected a whole number from {min} to {max}, found {values[name].GetRawText()}");
        return fallback ?? min;
    }

    public decimal Decimal(string name, decimal min, decimal max, decimal? fallback = null)
    {
        if (!Present(name, fallback is null))
        {
            return fallback ?? 0;
        }

        if (values[name].ValueKind == JsonValueKind.Number && values[name].TryGetDecimal(out decimal v) && v >= min && v <= max)
        {
            return v;
        }

        Error(name, $"expected a number from {min} to {max}, found {values[name].GetRawText()}");
        return fallback ?? min;
    }

    public bool Bool(string name, bool fallback)
    {
        if (!Has(name))
        {
            return fallback;
        }

        if (values[name].ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return values[name].GetBoolean();
        }

        Error(name, $"expected true or false, found {values[name].GetRawText()}");
        return fallback;
    }

    public string String(string name, IReadOnlyCollection<string> allowed, string? fallback = null)
    {
        if (!Present(name, fallback is null))
        {
            return fallback ?? "";
        }

        JsonElement v = values[name];
        if (v.ValueKind == JsonValueKind.String && allowed.Contains(v.GetString()!))
        {
            return v.GetString()!;
        }

        Error(name, $"expected one of {string.Join(", ", allowed)}, found {v.GetRawText()}");
        return fallback ?? allowed.First();
    }

    /// <summary>A required non-empty list of enum wire names (e.g. schemes, care settings).</summary>
    public IReadOnlyList<T> Enums<T>(string name) where T : struct, Enum
    {
        var values = new List<T>();
        foreach (string item in Strings(name, required: true))
        {
            if (Settlements.EnumNames.TryParse(item, out T value)) { values.Add(value); }
            else { Error(name, $"'{item}' is not a {typeof(T).Name}"); }
        }

        return values;
    }

    /// <summary>A required non-empty string, free text.</summary>
    public string Text(string name)
    {
        if (!Present(name, required: true))
        {
            return "";
        }

        JsonElement v = values[name];
        if (v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0)
        {
            return v.GetString()!;
        }

        Error(name, $"expected a non-empty string, found {v}");
        return "";
    }

    public IReadOnlyList<string> Strings(string name, bool required)
    {
        if (!Present(name, required))
        {
            return [];
        }

        JsonElement v = values[name];
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
        {
            return [.. v.EnumerateArray().Select(e => e.GetString()!)];
        }

        Error(name, "expected a non-empty array of strings");
        return [];
    }

    public IReadOnlyDictionary<string, JsonElement> Object(string name)
    {
        if (!Present(name, required: false))
        {
            return new Dictionary<string, JsonElement>();
        }

        if (values[name].ValueKind == JsonValueKind.Object)
        {
            return values[name].EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        }

        Error(name, "expected an object");
        return new Dictionary<string, JsonElement>();
    }

    private bool Present(string name, bool required)
    {
        if (Has(name))
        {
            return true;
        }

        if (required)
        {
            Error(name, "required field is missing");
        }

        return false;
    }
}
