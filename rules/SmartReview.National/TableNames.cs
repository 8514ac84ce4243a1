namespace SmartReview.National;

/// <summary>The platform's names of the tables: <c>MDTRT_D</c>, <c>SETL_D</c>, <c>FEE_LIST_D</c>, <c>SETL_LIST_DIAG_D</c>, <c>SETL_LIST_OPRN_D</c>.</summary>
public static class TableNames
{
    /// <summary>Every table, in the order the fold reports them.</summary>
    public static readonly IReadOnlyList<NationalTable> All =
        [NationalTable.Visit, NationalTable.Settlement, NationalTable.FeeLine, NationalTable.Diagnosis, NationalTable.Operation];

    /// <summary>The platform's name of <paramref name="table"/>.</summary>
    public static string Of(NationalTable table) => table switch
    {
        NationalTable.Visit => "MDTRT_D",
        NationalTable.Settlement => "SETL_D",
        NationalTable.FeeLine => "FEE_LIST_D",
        NationalTable.Diagnosis => "SETL_LIST_DIAG_D",
        NationalTable.Operation => "SETL_LIST_OPRN_D",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };
}
