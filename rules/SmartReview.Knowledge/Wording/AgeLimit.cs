using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// An age band as the age families read it: whole years inclusive, or days for newborns. Null bounds are open.
/// <see cref="Hull"/> joins alternatives into the narrowest band that holds them all (sound: an age outside the hull
/// is outside every alternative).
/// </summary>
internal sealed record AgeLimit(int? MinYears, int? MaxYears, int? MaxDays)
{
    public bool OpenAbove => MaxYears is null && MaxDays is null;

    public static AgeLimit Hull(IReadOnlyCollection<AgeLimit> bands)
    {
        int? min = bands.All(b => b.MinYears is not null) ? bands.Min(b => b.MinYears) : null;
        if (bands.Any(b => b.OpenAbove))
        {
            return new AgeLimit(min, null, null);
        }

        return bands.Any(b => b.MaxYears is not null)
            ? new AgeLimit(min, bands.Max(b => b.MaxYears ?? 0), null)
            : new AgeLimit(min, null, bands.Max(b => b.MaxDays));
    }

    /// <summary>This band with its open upper bound taken from <paramref name="other"/>.</summary>
    public AgeLimit CappedBy(AgeLimit other) => OpenAbove ? this with { MaxYears = other.MaxYears, MaxDays = other.MaxDays } : this;

    public bool Consistent => MinYears is not int min || OpenAbove || (MaxYears ?? 0) >= min;

    public JsonObject ToAttributes()
    {
        var attributes = new JsonObject();
        if (MinYears is int min && min > 0)
        {
            attributes["min_age_years"] = min;
        }

        if (MaxYears is int max)
        {
            attributes["max_age_years"] = max;
        }
        else if (MaxDays is int days)
        {
            attributes["max_age_days"] = days;
        }

        return attributes;
    }
}
