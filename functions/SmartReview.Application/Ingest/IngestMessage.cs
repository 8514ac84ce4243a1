namespace SmartReview.Application.Ingest;

/// <summary>
/// The queue message (or blob trigger) that asks for an uploaded file to be split into a batch, scored on
/// <see cref="Basis"/> (a <see cref="Rules.Engine.ScreeningBasis"/> in its text form; none: by discharge date).
/// <see cref="BatchId"/> is the id the upload already answered with (<see cref="BatchUpload"/>; none for a dropped
/// file), so an ingest that gives up fails that batch without reading the file again.
/// </summary>
public sealed record IngestMessage(string Upload, string? Basis = null, string? BatchId = null);
