namespace SmartReview.Rules.Packs;

/// <summary>A pack that failed validation, with every error found.</summary>
public sealed class PackLoadException(IReadOnlyList<PackError> errors)
    : Exception($"rule pack is invalid ({errors.Count} error(s)):\n" + string.Join('\n', errors.Take(50)))
{
    public IReadOnlyList<PackError> Errors { get; } = errors;
}
