using SmartReview.Kernel;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Engine;

/// <summary>What a rule sees while it evaluates one settlement, and where it sends flags. Reused per thread.</summary>
public sealed class RuleContext
{
    private readonly decimal[] _byCategory = new decimal[Enum.GetValues<ItemCategory>().Length];
    private readonly List<Hit> _pendingHits = [];
    private readonly List<Flag> _flags = [];
    private byte[] _dayMarks = new byte[64];
    private LineItem[] _lines = new LineItem[256];
    private DateOnly[] _dates = new DateOnly[256];
    private int _lineCount;
    private StayRecord? _stay;

    internal RuleContext(string packLabel)
    {
        PackLabel = packLabel;
        WindowGroups = new Families.WindowGroups(this);
    }

    public string PackLabel { get; }

    public Settlement Settlement { get; private set; } = null!;

    /// <summary>The settlement's lines, copied into an array once so that rules index it without an interface call.</summary>
    internal ReadOnlySpan<LineItem> Lines => _lines.AsSpan(0, _lineCount);

    /// <summary>This settlement as a stay, made once for the scorer's history and the rules that read it.</summary>
    public StayRecord Stay => _stay ??= StayRecord.Of(Settlement);

    /// <summary>Other stays of the person within the pack's history window.</summary>
    public IReadOnlyList<StayRecord> Neighbours { get; internal set; } = [];

    public Trace? Trace { get; internal set; }

    /// <summary>Which rules judge this settlement (and the stays its history rules flag).</summary>
    public ScreeningBasis Basis { get; internal set; }

    /// <summary>Facility-month figures for the indicator rules, gathered since the scorer last handed them over.</summary>
    public Indicators.IndicatorTally Indicators { get; internal set; } = new();

    internal List<Hit> PendingHits => _pendingHits;

    internal List<Flag> Flags => _flags;

    /// <summary>Buffers for the families that count per window, reused from settlement to settlement.</summary>
    internal Families.WindowGroups WindowGroups { get; }

    /// <summary>A cleared byte per day for <paramref name="days"/> days, reused from settlement to settlement.</summary>
    internal Span<byte> DayMarks(int days)
    {
        if (_dayMarks.Length < days)
        {
            _dayMarks = new byte[Math.Max(days, _dayMarks.Length * 2)];
        }

        Span<byte> marks = _dayMarks.AsSpan(0, days);
        marks.Clear();
        return marks;
    }

    public decimal AmountIn(ItemCategory category) => _byCategory[(int)category];

    internal void Reset(Settlement settlement, ScreeningBasis basis)
    {
        Settlement = settlement;
        Basis = basis;
        _stay = null;
        IReadOnlyList<LineItem> lines = settlement.Lines;
        _lineCount = lines.Count;
        if (_lines.Length < _lineCount)
        {
            _lines = new LineItem[Math.Max(_lineCount, _lines.Length * 2)];
            _dates = new DateOnly[_lines.Length];
        }

        if (lines is ICollection<LineItem> collection)
        {
            collection.CopyTo(_lines, 0);
        }
        else
        {
            for (int i = 0; i < _lineCount; i++)
            {
                _lines[i] = lines[i];
            }
        }

        Array.Clear(_byCategory);
        _pendingHits.Clear();
        _flags.Clear();
        Neighbours = [];
    }

    /// <summary>The China date of line <paramref name="line"/>'s charge, worked out once in the pass over the lines.</summary>
    internal DateOnly DateOf(int line) => _dates[line];

    /// <summary>Notes line <paramref name="index"/> in the pass over the lines: its amount by category and its China date.</summary>
    internal void Count(int index, LineItem line)
    {
        _byCategory[(int)line.Category] += line.Amount;
        _dates[index] = ChinaTime.Date(line.ChargedAt);
    }

    /// <summary>Adds the settlement to its facility-month figures (once, after the pass over its lines).</summary>
    internal void Tally() => Indicators.For(Settlement.Facility.Id, Settlement.DischargeDate)
        .AddStay(Settlement.Facility.Level, Settlement.Totals, Settlement.LengthOfStay, _byCategory);

    /// <summary>Keep line <paramref name="line"/> for <paramref name="rule"/> (from <see cref="CompiledRule.Observe"/>).</summary>
    public void Keep(CompiledRule rule, int line) => _pendingHits.Add(new Hit(rule.Index, 0, line, 0));

    /// <summary>
    /// Emit a flag on this settlement for the given lines. <paramref name="amount"/> is the money in question: at stake
    /// when the rule's family stakes the charges it names, the ceiling of a reviewer's amount when it stakes nothing.
    /// </summary>
    public void Emit(CompiledRule rule, IReadOnlyList<int> lines, decimal amount, string messageKey, IReadOnlyList<object?> values,
        string? knowledgeId = null)
    {
        Settlement s = Settlement;
        string[] lineIds = new string[lines.Count];
        var doctors = new List<string>(1);
        decimal named = 0, covered = 0;
        for (int i = 0; i < lineIds.Length; i++)
        {
            LineItem line = s.Lines[lines[i]];
            lineIds[i] = line.LineId;
            named += line.Amount;
            covered += line.PaymentClass == PaymentClass.C ? 0 : line.Amount;
            if (line.Doctor.Length > 0 && !doctors.Contains(line.Doctor))
            {
                doctors.Add(line.Doctor);
            }
        }

        // The fund's share of the named charges: none of class 丙 (self-funded), the stay's fund share of the rest.
        decimal fundShare = (named > 0 ? covered / named : 1) * FundShareOfCovered(s.Totals);
        Add(rule, s.Id, s.Facility.Id, s.DischargeDate, lineIds, amount, messageKey, values, knowledgeId, related: null,
            fundShare, s.Doctor.Length > 0 ? s.Doctor : null, doctors);
    }

    /// <summary>
    /// Emit a flag on any stay of this person (cross-settlement rules flag the later stay). The history keeps neither
    /// doctors nor fund payments, so such a flag carries neither; its families leave the amount to a reviewer.
    /// </summary>
    public void EmitFor(CompiledRule rule, StayRecord stay, IReadOnlyList<string> lineIds, decimal amount,
        string messageKey, IReadOnlyList<object?> values, string? knowledgeId, string? related) =>
        Add(rule, stay.SettlementId, stay.FacilityId, stay.Discharge, lineIds, amount, messageKey, values, knowledgeId, related);

    /// <summary>What the fund paid of the stay's covered money (total − self-funded): fund / (fund + 自付).</summary>
    private static decimal FundShareOfCovered(Totals t)
    {
        decimal covered = t.Total - t.SelfFunded;
        return covered > 0 ? Math.Clamp(t.FundPaid / covered, 0, 1) : 0;
    }

    private void Add(CompiledRule rule, string settlementId, string facilityId, DateOnly discharge, IReadOnlyList<string> lineIds, decimal amount,
        string messageKey, IReadOnlyList<object?> values, string? knowledgeId, string? related, decimal fundShare = 0, string? doctor = null,
        IReadOnlyList<string>? lineDoctors = null)
    {
        RuleDefinition d = rule.Definition;
        decimal inQuestion = Texts.Fen(amount);
        decimal atStake = rule.Stakes == Families.Stake.SetByReviewer ? 0.00m : inQuestion;
        _flags.Add(new Flag
        {
            Id = FlagIds.For(d.Id, settlementId, related, lineIds, knowledgeId),
            SettlementId = settlementId, FacilityId = facilityId, PersonId = Settlement.Person.Id,
            RuleId = d.Id, RuleCode = d.Code, Pack = d.Pack ?? PackLabel, Family = d.Family, Result = d.Result, Severity = d.Severity,
            LineIds = lineIds, Amount = atStake, FundAmount = Texts.Fen(atStake * fundShare), Ceiling = inQuestion, Doctor = doctor,
            LineDoctors = lineDoctors ?? [], KnowledgeId = knowledgeId, RelatedSettlementId = related, Message = Texts.Format(messageKey, values),
            Basis = Basis.For(discharge),
        });
    }
}
