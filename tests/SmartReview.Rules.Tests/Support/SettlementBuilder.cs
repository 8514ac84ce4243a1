using System.Globalization;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Support;

/// <summary>
/// Builds a valid settlement with sensible defaults (male born 1980-05-15, level-2 facility F1, inpatient, employee
/// scheme, admitted 2024-03-01 09:00 and discharged 2024-03-05 10:00 China time). Totals follow the lines unless set.
/// <see cref="Build"/> runs <see cref="SettlementValidator"/> so a test cannot score a settlement the parser would reject.
/// </summary>
internal sealed class SettlementBuilder
{
    private readonly List<LineItem> _lines = [];
    private readonly List<Diagnosis> _diagnoses = [];
    private readonly List<Operation> _operations = [];
    private string _id = "S1";
    private string _personId = "P1";
    private Sex _sex = Sex.Male;
    private DateOnly _birth = new(1980, 5, 15);
    private string _facilityId = "F1";
    private int _level = 2;
    private Scheme _scheme = Scheme.Employee;
    private CareSetting _setting = CareSetting.Inpatient;
    private DateTime _admitted = China("2024-03-01 09:00");
    private DateTime _discharged = China("2024-03-05 10:00");
    private Totals? _totals;
    private string _doctor = "D1";

    /// <summary>A China-time (UTC+8) wall-clock time as the UTC instant the model stores.</summary>
    public static DateTime China(string localTime) =>
        DateTimeOffset.ParseExact(localTime + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture).UtcDateTime;

    public SettlementBuilder WithId(string id) { _id = id; return this; }

    public SettlementBuilder WithPerson(string id) { _personId = id; return this; }

    public SettlementBuilder WithSex(Sex sex) { _sex = sex; return this; }

    public SettlementBuilder BornOn(DateOnly birth) { _birth = birth; return this; }

    public SettlementBuilder AtFacility(string id, int level = 2) { _facilityId = id; _level = level; return this; }

    public SettlementBuilder WithLevel(int level) { _level = level; return this; }

    public SettlementBuilder WithScheme(Scheme scheme) { _scheme = scheme; return this; }

    public SettlementBuilder WithSetting(CareSetting setting) { _setting = setting; return this; }

    public SettlementBuilder Admitted(DateTime utc) { _admitted = utc; return this; }

    public SettlementBuilder Discharged(DateTime utc) { _discharged = utc; return this; }

    public SettlementBuilder Stay(string admittedChina, string dischargedChina) =>
        Admitted(China(admittedChina)).Discharged(China(dischargedChina));

    /// <summary>Adds a diagnosis; the first one added is the main one.</summary>
    public SettlementBuilder WithDiagnosis(string code, string? name = null)
    {
        _diagnoses.Add(new Diagnosis(code, name ?? "诊断 " + code, Main: _diagnoses.Count == 0));
        return this;
    }

    public SettlementBuilder WithOperation(string code, DateTime? performedAt = null)
    {
        _operations.Add(new Operation(code, "手术 " + code, performedAt, Main: _operations.Count == 0));
        return this;
    }

    public SettlementBuilder WithTotals(Totals totals) { _totals = totals; return this; }

    /// <summary>The attending doctor (default D1; every line's billing doctor defaults to D1 too).</summary>
    public SettlementBuilder WithDoctor(string doctor) { _doctor = doctor; return this; }

    /// <summary>Adds a line; the category follows the code's shape unless given, the charge time defaults to an hour after admission.</summary>
    public SettlementBuilder WithLine(string lineId, string code, decimal quantity = 1, decimal unitPrice = 10m, DateTime? chargedAt = null,
        string? name = null, ItemCategory? category = null, string department = "内科", PaymentClass paymentClass = PaymentClass.B,
        DateTime? uploadedAt = null, string doctor = "D1")
    {
        _lines.Add(new LineItem
        {
            LineId = lineId, Code = code, Name = name ?? "项目 " + lineId, Category = category ?? CategoryOf(code),
            Quantity = quantity, UnitPrice = unitPrice, Amount = decimal.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero),
            ChargedAt = chargedAt ?? _admitted.AddHours(1), Department = department, Doctor = doctor, PaymentClass = paymentClass,
            UploadedAt = uploadedAt,
        });
        return this;
    }

    public Settlement Build()
    {
        Settlement settlement = BuildUnchecked();
        RecordError? error = SettlementValidator.Validate(settlement);
        return error is null ? settlement : throw new InvalidOperationException($"test settlement is invalid: {error.Field}: {error.Reason}");
    }

    public Settlement BuildUnchecked()
    {
        decimal total = _lines.Sum(l => l.Amount);
        return new Settlement
        {
            Id = _id, Facility = new Facility(_facilityId, "机构 " + _facilityId, _level, "330100"), Person = new Person(_personId, _sex, _birth),
            Scheme = _scheme, Setting = _setting, AdmittedAt = _admitted, DischargedAt = _discharged, Department = "内科", Doctor = _doctor,
            Diagnoses = _diagnoses.Count > 0 ? [.. _diagnoses] : [new Diagnosis("J18.900", "肺炎", true)],
            Operations = [.. _operations], Totals = _totals ?? new Totals(total, total, 0, 0), Lines = [.. _lines],
        };
    }

    private static ItemCategory CategoryOf(string code) => code[0] switch
    {
        'X' or 'Z' => ItemCategory.Drug,
        'T' => ItemCategory.HerbalPiece,
        'C' => ItemCategory.Consumable,
        _ => ItemCategory.Service,
    };
}
