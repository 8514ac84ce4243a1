using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>Builds a small valid settlement for writer tests; times are UTC.</summary>
internal sealed class SettlementBuilder
{
    private string? _drg = "ES35";
    private Operation[] _operations = [];
    private readonly List<LineItem> _lines = [];

    public SettlementBuilder WithoutDrg()
    {
        _drg = null;
        return this;
    }

    public SettlementBuilder WithOperation(string code, string name, DateTime? performedAt)
    {
        _operations = [.. _operations, new Operation(code, name, performedAt, _operations.Length == 0)];
        return this;
    }

    public SettlementBuilder WithLine(string code, string name, ItemCategory category, decimal quantity, decimal unitPrice, DateTime chargedAt,
        PaymentClass paymentClass = PaymentClass.A, DateTime? uploadedAt = null)
    {
        _lines.Add(new LineItem
        {
            LineId = $"{_lines.Count + 1:D4}", Code = code, Name = name, Category = category, Quantity = quantity, UnitPrice = unitPrice,
            Amount = decimal.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero), ChargedAt = chargedAt, Department = "呼吸内科",
            Doctor = "D0010011", PaymentClass = paymentClass, UploadedAt = uploadedAt,
        });
        return this;
    }

    public Settlement Build()
    {
        decimal total = _lines.Sum(l => l.Amount);
        decimal selfFunded = _lines.Where(l => l.PaymentClass == PaymentClass.C).Sum(l => l.Amount);
        return new Settlement
        {
            Id = "S2024000000001",
            Facility = new Facility("H33010000001", "杭州市第一人民医院", 3, "330100"),
            Person = new Person("P0000000001", Sex.Female, new DateOnly(1951, 2, 28)),
            Scheme = Scheme.Resident,
            Setting = CareSetting.Inpatient,
            AdmittedAt = new DateTime(2024, 2, 29, 16, 30, 0, DateTimeKind.Utc),
            DischargedAt = new DateTime(2024, 3, 6, 2, 0, 0, DateTimeKind.Utc),
            Department = "呼吸内科",
            Doctor = "D0010011",
            Diagnoses = [new Diagnosis("J18.900", "肺炎", true), new Diagnosis("I10.x00", "原发性高血压", false)],
            Operations = _operations,
            Drg = _drg,
            Totals = new Totals(total, total - selfFunded - 12.30m, 12.30m, selfFunded),
            Lines = [.. _lines],
        };
    }
}
