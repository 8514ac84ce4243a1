namespace SmartReview.National;

/// <summary>The five tables of the national platform's settlement extract.</summary>
public enum NationalTable
{
    /// <summary>Visits, <c>MDTRT_D</c>.</summary>
    Visit,

    /// <summary>Settlements, <c>SETL_D</c>.</summary>
    Settlement,

    /// <summary>Fee lines, <c>FEE_LIST_D</c>.</summary>
    FeeLine,

    /// <summary>Settlement-list diagnoses, <c>SETL_LIST_DIAG_D</c>.</summary>
    Diagnosis,

    /// <summary>Settlement-list operations, <c>SETL_LIST_OPRN_D</c>.</summary>
    Operation,
}
