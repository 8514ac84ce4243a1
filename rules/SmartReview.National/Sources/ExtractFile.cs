namespace SmartReview.National.Sources;

/// <summary>One file of an extract: its name (for rejects), its length in bytes when known (0 if not) and how to open it.</summary>
public sealed record ExtractFile(string Name, long Length, Func<Stream> Open);
