namespace SmartReview.Application.Cases;

/// <summary>
/// How a work list is ordered: by one key, ascending or descending. Ties fall to the earliest due, then the largest
/// amount at stake (what a reviewer works first), then facility and case, so every order is total and pages are stable.
/// </summary>
public readonly record struct QueueOrder(QueueSort By, bool Descending)
{
    /// <summary>Earliest due first: the order of the case index itself.</summary>
    public static QueueOrder Default { get; } = new(QueueSort.Due, false);

    /// <summary>"due", "amount", "rule" or "facility" (any case, default due) and "asc" or "desc" (default asc); false for anything else.</summary>
    public static bool TryParse(string? sort, string? direction, out QueueOrder order)
    {
        order = Default;
        QueueSort by = QueueSort.Due;
        if (!string.IsNullOrEmpty(sort) && (!Enum.TryParse(sort, ignoreCase: true, out by) || !Enum.IsDefined(by) || int.TryParse(sort, out _)))
        {
            return false;
        }

        bool? descending = direction?.ToUpperInvariant() switch
        {
            null or "" or "ASC" => false,
            "DESC" => true,
            _ => null,
        };
        if (descending is not { } d)
        {
            return false;
        }

        order = new QueueOrder(by, d);
        return true;
    }

    /// <summary>The order as query parameters read it: ("amount", "desc").</summary>
    public (string Sort, string Direction) ToQuery() => (By.ToString().ToLowerInvariant(), Descending ? "desc" : "asc");
}
