namespace SmartReview.National;

/// <summary>The extract cannot be folded at all: a file is not a known table, a required column or table is missing.</summary>
public sealed class NationalExtractException(string message) : Exception(message);
