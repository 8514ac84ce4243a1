using SmartReview.National.Rows;

namespace SmartReview.National.Folding;

/// <summary>The fee lines, diagnoses and operations of one settlement id, as found in its partition.</summary>
internal sealed class ChildRows
{
    public List<FeeRow> Fees { get; } = [];
    public List<DiagnosisRow> Diagnoses { get; } = [];
    public List<OperationRow> Operations { get; } = [];

    public void Clear()
    {
        Fees.Clear();
        Diagnoses.Clear();
        Operations.Clear();
    }

    /// <summary>Every row with its table, for counting and rejecting them together.</summary>
    public IEnumerable<(NationalTable Table, RowRef At, RowError? Error)> All() =>
        Fees.Select(f => (NationalTable.FeeLine, f.At, f.Error))
            .Concat(Diagnoses.Select(d => (NationalTable.Diagnosis, d.At, d.Error)))
            .Concat(Operations.Select(o => (NationalTable.Operation, o.At, o.Error)));
}
