namespace SmartReview.Application.Evidence;

/// <summary>What an evidence upload may be: at most <see cref="MaxBytes"/> (10 MiB unless configured), of one of <see cref="AllowedTypes"/>.</summary>
public sealed record EvidenceSettings(long MaxBytes = EvidenceSettings.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The largest limit a deployment may set: a file is held in memory while its leading bytes are checked.</summary>
    public const long LargestMaxBytes = 100 * 1024 * 1024;

    /// <summary>Longest file name kept (for display); longer ones are cut.</summary>
    public const int MaxFileName = 200;

    /// <summary>The types accepted, each checked against the file's leading bytes (<see cref="FileSignatures"/>).</summary>
    public IReadOnlyList<string> AllowedTypes { get; init; } = ["application/pdf", "image/png", "image/jpeg"];

    /// <summary>The problem with these limits, naming the setting, or null when they can be used.</summary>
    public string? Problem()
    {
        if (MaxBytes is <= 0 or > LargestMaxBytes)
        {
            return $"MaxBytes: {MaxBytes} is not between 1 and {LargestMaxBytes}";
        }

        if (AllowedTypes.Count == 0)
        {
            return "AllowedTypes: at least one type is needed";
        }

        return AllowedTypes.FirstOrDefault(t => !FileSignatures.Known(t)) is { } unknown
            ? $"AllowedTypes: '{unknown}' has no known file signature (known: {string.Join(", ", FileSignatures.Types)})"
            : null;
    }
}
