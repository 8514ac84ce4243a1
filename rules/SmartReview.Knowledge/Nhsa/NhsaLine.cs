namespace SmartReview.Knowledge.Nhsa;

/// <summary>One line of a batch file: the point, or why the line could not be read.</summary>
internal sealed record NhsaLine(string File, int LineNumber, NhsaPoint? Point, string? Problem);
