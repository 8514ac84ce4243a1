using SmartReview.Kernel;

namespace SmartReview.Rules.Settlements;

/// <summary>One inpatient settlement with its line items. Times are UTC.</summary>
public sealed record Settlement
{
    public required string Id { get; init; }
    public required Facility Facility { get; init; }
    public required Person Person { get; init; }
    public required Scheme Scheme { get; init; }
    public required CareSetting Setting { get; init; }
    public required DateTime AdmittedAt { get; init; }
    public required DateTime DischargedAt { get; init; }
    public required string Department { get; init; }
    public required string Doctor { get; init; }
    public required IReadOnlyList<Diagnosis> Diagnoses { get; init; }
    public IReadOnlyList<Operation> Operations { get; init; } = [];
    public string? Drg { get; init; }
    public required Totals Totals { get; init; }
    public required IReadOnlyList<LineItem> Lines { get; init; }

    public Diagnosis MainDiagnosis => Diagnoses.First(d => d.Main);

    /// <summary>Admission date in China time, the date rules and reviewers reason with.</summary>
    public DateOnly AdmissionDate => ChinaTime.Date(AdmittedAt);

    public DateOnly DischargeDate => ChinaTime.Date(DischargedAt);

    /// <summary>Length of stay in days as insurers count it: discharge date minus admission date, at least 1.</summary>
    public int LengthOfStay => Math.Max(1, DischargeDate.DayNumber - AdmissionDate.DayNumber);
}
