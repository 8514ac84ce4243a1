namespace SmartReview.Knowledge.Reporting;

/// <summary>Totals over every batch and rule, and what was written.</summary>
public sealed record ImportTotals(
    int Read, int Checkable, int TextOnly, int Withdrawals, int Skipped, int Restated, int SupersededLater, int WithdrawnLater,
    int EntriesWritten, int CheckableWritten, int TextWritten)
{
    /// <summary>read = checkable + text-only + withdrawal rows + skipped, and written = checkable + text-only −
    /// superseded − withdrawn.</summary>
    public bool Reconciles =>
        Read == Checkable + TextOnly + Withdrawals + Skipped
        && EntriesWritten == Checkable + TextOnly - SupersededLater - WithdrawnLater
        && EntriesWritten == CheckableWritten + TextWritten;
}
