namespace SmartReview.Application.Evidence;

/// <summary>An evidence file opened for reading: its content (the caller disposes it), type, display name and size.</summary>
public sealed record EvidenceFile(Stream Content, string ContentType, string FileName, long Bytes);
