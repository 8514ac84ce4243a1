namespace SmartReview.Application.Evidence;

/// <summary>What an evidence upload may be: at most <see cref="MaxBytes"/> (10 MiB), of one of <see cref="AllowedTypes"/>.</summary>
public sealed record EvidenceSettings(long MaxBytes = EvidenceSettings.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Longest file name kept (for display); longer ones are cut.</summary>
    public const int MaxFileName = 200;

    /// <summary>The types accepted, each checked against the file's leading bytes (<see cref="FileSignatures"/>).</summary>
    public IReadOnlyList<string> AllowedTypes { get; init; } = ["application/pdf", "image/png", "image/jpeg"];
}
