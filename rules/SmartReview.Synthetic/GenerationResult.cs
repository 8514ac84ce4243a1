namespace SmartReview.Synthetic;

/// <summary>What one generation run wrote.</summary>
public sealed record GenerationResult
{
    /// <summary>Records written to the settlements stream, malformed ones included.</summary>
    public required long Records { get; init; }

    public required long Lines { get; init; }

    /// <summary>Ground-truth records: flags the pack must raise.</summary>
    public required long Violations { get; init; }

    /// <summary>Settlements with at least one expected flag.</summary>
    public required long ViolatingSettlements { get; init; }

    public required long Malformed { get; init; }

    /// <summary>Expected flags by family.</summary>
    public required IReadOnlyDictionary<string, long> ViolationsByFamily { get; init; }

    /// <summary>Rules of the pack whose family the generator cannot plant or guard (it knows only the built-in families).</summary>
    public required IReadOnlyList<string> UnsupportedRules { get; init; }

    /// <summary>Enabled rules the generator knows but cannot plant with this pack (no knowledge item with a usable code, an impossible parameter).</summary>
    public required IReadOnlyList<string> UnplantableRules { get; init; }

    /// <summary>
    /// Rules planted as compound plants: their lines broke other rules on every stay that suited them, so the flags of
    /// the rules they break are part of each plant (and of the truth).
    /// </summary>
    public required IReadOnlyList<string> CompoundRules { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : 0;
}
