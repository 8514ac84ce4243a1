using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// The case index's sorted copies (<c>{p}casesort</c>): partition = stage, row = "{order}|{key}|{due}|{amount desc}|{facility}|{case}"
/// for every order (the case index itself ties due instants by facility; these by the largest amount). Keys sort as text: numbers fixed-width (a
/// descending key is its complement), ids as hex of their UTF-16 units ended by a mark below (ascending) or above
/// (descending) every hex digit, so "SR-1" comes before "SR-10" and after it reversed. Ties fall to the earliest due,
/// then the largest amount, then facility and case. Each row carries the index row's columns (<see cref="IndexRows.Columns"/>).
/// </summary>
internal static class SortRows
{
    public static readonly QueueOrder[] Orders =
    [
        new(QueueSort.Due, false), new(QueueSort.Due, true), new(QueueSort.Amount, false), new(QueueSort.Amount, true),
        new(QueueSort.Rule, false), new(QueueSort.Rule, true), new(QueueSort.Facility, false), new(QueueSort.Facility, true),
    ];

    /// <summary>The first row key of an order's rows: "amount-desc|".</summary>
    public static string Prefix(QueueOrder order) => $"{order.ToQuery().Sort}-{order.ToQuery().Direction}|";

    /// <summary>The row keys of a case at <paramref name="place"/>, one per order of <see cref="Orders"/>.</summary>
    public static string[] Keys(SortPlace place, FlagSummary flag, string caseId)
    {
        long due = (place.DueUtc ?? DateTimeOffset.MaxValue).UtcTicks;
        long fen = Fen.Of(flag.AmountAtStake);
        string tail = $"|{Ticks(due)}|{Descending(Amount(fen))}|{Storage.Keys.Safe(flag.FacilityId)}|{Storage.Keys.Safe(caseId)}";
        return [.. Orders.Select(o => Prefix(o) + Primary(o, due, fen, flag) + tail)];
    }

    /// <summary>The rows of an open case, with who holds it; none for a closed one.</summary>
    public static TableEntity[] Of(ReviewCase c, CaseAssignment? claim) => SortPlace.Of(c) is { } place
        ? [.. Keys(place, c.Flag, c.CaseId).Select(row => AssignmentColumns.OnIndex(IndexRows.Columns(place.Stage.ToString(), row, c), claim)!)]
        : [];

    private static string Primary(QueueOrder o, long due, long fen, FlagSummary flag) => (o.By, o.Descending) switch
    {
        (QueueSort.Due, false) => Ticks(due),
        (QueueSort.Due, true) => Ticks(long.MaxValue - due),
        (QueueSort.Amount, false) => Amount(fen),
        (QueueSort.Amount, true) => Descending(Amount(fen)),
        (QueueSort.Rule, var desc) => Text(flag.RuleId, desc),
        (_, var desc) => Text(flag.FacilityId, desc),
    };

    private static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Fen as an unsigned number that sorts as the signed one (the sign bit flipped), 20 digits.</summary>
    private static string Amount(long fen) => ((ulong)fen ^ (1UL << 63)).ToString("D20", CultureInfo.InvariantCulture);

    private static string Descending(string digits) => string.Create(digits.Length, digits, (span, d) =>
    {
        for (int i = 0; i < d.Length; i++)
        {
            span[i] = (char)('9' - d[i] + '0');
        }
    });

    private static string Text(string id, bool descending)
    {
        var key = new StringBuilder(id.Length * 4 + 1);
        foreach (char c in id)
        {
            key.Append(((int)(descending ? (char)(0xFFFF - c) : c)).ToString("x4", CultureInfo.InvariantCulture));
        }

        return key.Append(descending ? '~' : '!').ToString();
    }
}
