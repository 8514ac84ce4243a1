namespace SmartReview.Review;

/// <summary>Closed (a Supervisor): withdraw the points recorded by event <paramref name="Sequence"/>; the recording stays in the history.</summary>
public sealed record WithdrawPoints(int Sequence, string Reason) : CaseCommand;
