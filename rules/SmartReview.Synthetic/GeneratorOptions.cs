namespace SmartReview.Synthetic;

/// <summary>
/// What to generate. The same pack, options and seed always give byte-identical output.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Records to write (settlements, including malformed ones).</summary>
    public int Count { get; init; } = 10_000;

    public int Seed { get; init; } = 1;

    /// <summary>First discharge date (China date); discharges spread evenly over <see cref="SpanDays"/>.</summary>
    public DateOnly StartDate { get; init; } = new(2024, 1, 1);

    public int SpanDays { get; init; } = 366;

    public int FacilityCount { get; init; } = 60;

    /// <summary>Administrative region code of the facilities (e.g. 330100, Hangzhou).</summary>
    public string Region { get; init; } = "330100";

    /// <summary>Share of settlements that carry a planted violation (split admissions count on the later stay).</summary>
    public double ViolationRate { get; init; } = 0.22;

    /// <summary>Share of violating settlements that carry a second violation of another family.</summary>
    public double SecondViolationRate { get; init; } = 0.12;

    /// <summary>Share of records corrupted in a known way (bad JSON, missing field…); 0 for none.</summary>
    public double MalformedRate { get; init; }

    /// <summary>Relative weight of each family when choosing what to plant; families not named keep their default.</summary>
    public IReadOnlyDictionary<string, double>? FamilyWeights { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Check(Count >= 0, nameof(Count), "must not be negative");
        Check(SpanDays is >= 1 and <= 3660, nameof(SpanDays), "must be 1 to 3660 days");
        Check(FacilityCount is >= 3 and <= 5000, nameof(FacilityCount), "must be 3 to 5000");
        Check(Region.Length == 6 && Region.All(char.IsAsciiDigit), nameof(Region), "must be a 6-digit region code");
        Check(ViolationRate is >= 0 and <= 1, nameof(ViolationRate), "must be 0 to 1");
        Check(SecondViolationRate is >= 0 and <= 1, nameof(SecondViolationRate), "must be 0 to 1");
        Check(MalformedRate is >= 0 and <= 1, nameof(MalformedRate), "must be 0 to 1");
        Check(FamilyWeights?.Values.All(w => w >= 0 && double.IsFinite(w)) ?? true, nameof(FamilyWeights), "weights must be finite and not negative");
    }

    private static void Check(bool ok, string name, string reason)
    {
        if (!ok)
        {
            throw new ArgumentException($"{name} {reason}", name);
        }
    }
}
