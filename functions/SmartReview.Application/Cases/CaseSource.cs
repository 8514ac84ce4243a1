namespace SmartReview.Application.Cases;

/// <summary>
/// Where the settlement a case was opened from is kept: the batch's staging folder and the file there that holds the
/// raw lines of its chunk's flagged settlements (<c>{chunk}.{result}.settlements.jsonl.gz</c>).
/// </summary>
public sealed record CaseSource(string Staging, string File);
