using System.Globalization;
using SmartReview.Review.Support;

namespace SmartReview.Review.Flow;

/// <summary>Input checks; each returns the rejection or null when the input is fine.</summary>
internal static class Checks
{
    /// <summary>The first rejection, or the accepted decision built by <paramref name="accept"/>.</summary>
    public static Decision Then(this Rejection?[] rejections, Func<Decision> accept) =>
        rejections.FirstOrDefault(r => r is not null) is { } rejected ? Decision.Reject(rejected) : accept();

    public static Rejection? Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Texts.Reject(RejectionCode.ReasonRequired, "ReasonRequired") : null;

    public static Rejection? Statement(string? statement) =>
        string.IsNullOrWhiteSpace(statement) ? Texts.Reject(RejectionCode.ReasonRequired, "StatementRequired") : null;

    /// <summary>An amount above 0, at most the amount at stake, in fen.</summary>
    public static Rejection? Amount(decimal amount, decimal stake) =>
        !Money.IsFen(amount) ? Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_Fen", amount.ToString(CultureInfo.InvariantCulture))
        : amount <= 0m || amount > stake ? Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_Range", stake, amount)
        : null;

    /// <summary>An outcome with its amount: a valid amount when confirming, none when dismissing.</summary>
    public static Rejection? Verdict(Outcome outcome, decimal? amount, decimal stake) => (outcome, amount) switch
    {
        (Outcome.Confirmed, null) => Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_Missing"),
        (Outcome.Confirmed, { } a) => Amount(a, stake),
        (_, null) => null,
        _ => Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_NotForDismissal"),
    };

    public static Rejection? Evidence(IReadOnlyList<EvidenceRef>? evidence)
    {
        IReadOnlyList<EvidenceRef> items = evidence ?? [];
        for (int i = 0; i < items.Count; i++)
        {
            if (!Complete(items[i]))
            {
                return Texts.Reject(RejectionCode.InvalidEvidence, "InvalidEvidence", i + 1);
            }
        }

        return null;
    }

    private static bool Complete(EvidenceRef? e) =>
        e is not null && !string.IsNullOrWhiteSpace(e.BlobName) && !string.IsNullOrWhiteSpace(e.FileName)
        && !string.IsNullOrWhiteSpace(e.ContentType) && e.Bytes >= 0;

    public static Rejection? Unless(bool refused, RejectionCode code, string key, params object?[] values) =>
        refused ? Texts.Reject(code, key, values) : null;
}
