using SmartReview.Kernel;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// One stay being built: who, where, when, why, and its lines. Filled by the skeleton maker and the line filler,
/// changed by planters, finished (sorted, numbered, totalled) before the rule model reads it and it is written.
/// </summary>
internal sealed class StayDraft(string id, SyntheticFacility facility, int personIndex, Person person)
{
    private readonly decimal[] _byCategory = new decimal[Enum.GetValues<ItemCategory>().Length];
    private int _nextSeq;

    public string Id { get; } = id;

    public SyntheticFacility Facility { get; } = facility;

    public int PersonIndex { get; } = personIndex;

    public Person Person { get; } = person;

    public Scheme Scheme { get; set; }

    public CareSetting Setting { get; set; }

    /// <summary>UTC.</summary>
    public DateTime AdmittedAt { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime DischargedAt { get; private set; }

    /// <summary>China date of admission, as a day number.</summary>
    public int AdmissionDay { get; private set; }

    public int DischargeDay { get; private set; }

    public DiagnosisTemplate Template { get; set; } = DiagnosisTemplates.Main[0];

    public string Department { get; set; } = "";

    public string Doctor { get; set; } = "";

    public List<Diagnosis> Diagnoses { get; } = [];

    public List<Operation> Operations { get; } = [];

    public string? Drg { get; set; }

    public List<DraftLine> Lines { get; } = new(64);

    /// <summary>Set on a booked stay: the person's stay it follows.</summary>
    public EarlierStay? Earlier { get; set; }

    /// <summary>The person's latest earlier admission days the scorer sees (kept only when the pack limits admissions).</summary>
    public IReadOnlyList<int> EarlierAdmissions { get; set; } = [];

    /// <summary>Sum of the line amounts; exact after <see cref="Finish"/>, kept current by <see cref="Add"/> and <see cref="Remove"/>.</summary>
    public decimal Total { get; private set; }

    /// <summary>Length of stay as insurers count it: discharge date minus admission date, at least 1.</summary>
    public int LengthOfStay => Math.Max(1, DischargeDay - AdmissionDay);

    public Diagnosis MainDiagnosis => Diagnoses[0];

    public void SetTimes(DateTime admittedUtc, DateTime dischargedUtc)
    {
        AdmittedAt = admittedUtc;
        DischargedAt = dischargedUtc;
        AdmissionDay = ChinaTime.Date(admittedUtc).DayNumber;
        DischargeDay = ChinaTime.Date(dischargedUtc).DayNumber;
    }

    public DraftLine NewLine(CatalogueItem item) => new(item, _nextSeq++);

    public void Add(DraftLine line)
    {
        Lines.Add(line);
        Total += line.Amount;
    }

    public void Remove(DraftLine line)
    {
        Lines.Remove(line);
        Total -= line.Amount;
    }

    /// <summary>Call after changing a line already added (its amount may have changed).</summary>
    public void Retotal()
    {
        decimal total = 0;
        foreach (DraftLine line in Lines)
        {
            total += line.Amount;
        }

        Total = total;
    }

    /// <summary>Amount billed in <paramref name="category"/>; exact after <see cref="Finish"/>.</summary>
    public decimal AmountIn(ItemCategory category) => _byCategory[(int)category];

    /// <summary>Running amount of exam and lab lines (before <see cref="Finish"/>).</summary>
    public decimal ExamAndLab()
    {
        decimal sum = 0;
        foreach (DraftLine line in Lines)
        {
            if (line.Item.Category is ItemCategory.Exam or ItemCategory.Lab)
            {
                sum += line.Amount;
            }
        }

        return sum;
    }

    /// <summary>Orders lines by charge time, numbers them and totals by category: the draft is then what gets written.</summary>
    public void Finish()
    {
        Lines.Sort(static (a, b) => a.ChargedAt != b.ChargedAt ? a.ChargedAt.CompareTo(b.ChargedAt) : a.Seq.CompareTo(b.Seq));
        Array.Clear(_byCategory);
        decimal total = 0;
        for (int i = 0; i < Lines.Count; i++)
        {
            DraftLine line = Lines[i];
            line.LineId = LineIds.Of(i);
            _byCategory[(int)line.Item.Category] += line.Amount;
            total += line.Amount;
        }

        Total = total;
    }
}
