namespace SmartReview.Application.Ingest;

/// <summary>
/// The queue message (or blob trigger) that asks for an uploaded file to be split into a batch, scored on
/// <see cref="Basis"/> (a <see cref="Rules.Engine.ScreeningBasis"/> in its text form; none: by discharge date).
/// </summary>
public sealed record IngestMessage(string Upload, string? Basis = null);
