using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// What the stay to be generated must look like so that the planned violations can be planted and the rules
/// apply: length, facility level, scheme, care setting, operation, main diagnosis, person — narrowed by each planter.
/// </summary>
internal sealed class StayPlan
{
    public int MinLos { get; set; } = 1;

    /// <summary>The longest stay a planter may ask for (a payable course of months); the background stays within 60 days.</summary>
    public const int LongestLos = 180;

    public int MaxLos { get; set; } = 60;

    public int MinLevel { get; set; } = 1;

    public int MaxLevel { get; set; } = 3;

    public IReadOnlyList<int>? Levels { get; private set; }

    public IReadOnlyList<Scheme>? Schemes { get; private set; }

    /// <summary>Care settings allowed; null for the background mix.</summary>
    public IReadOnlyList<CareSetting>? Settings { get; private set; }

    public bool NoOperation { get; set; }

    /// <summary>The stay must have an operation (the main diagnosis must be one that is operated on).</summary>
    public bool Operated { get; set; }

    public Diagnosis? MainDiagnosis { get; set; }

    /// <summary>Extra test on the person, given admission and discharge day numbers.</summary>
    public Func<Person, int, int, bool>? PersonFits { get; private set; }

    /// <summary>Set for a booked stay (split admission, overlap, frequent admissions): person, facility and admission are fixed.</summary>
    public Readmission? Readmission { get; set; }

    public bool IsEmpty => (Operated && NoOperation) || MinLevel > MaxLevel || MinLos > MaxLos || Levels is { Count: 0 } || Schemes is { Count: 0 } || Settings is { Count: 0 };

    /// <summary>Keeps only stays the rule's scope covers.</summary>
    public void Restrict(RuleScope scope)
    {
        if (scope.Levels.Count > 0)
        {
            Levels = Levels is null ? scope.Levels : [.. Levels.Intersect(scope.Levels)];
        }

        if (scope.Schemes.Count > 0)
        {
            Schemes = Schemes is null ? scope.Schemes : [.. Schemes.Intersect(scope.Schemes)];
        }

        if (scope.Settings.Count > 0)
        {
            RestrictSettings(scope.Settings);
        }
    }

    public void RestrictSettings(IReadOnlyList<CareSetting> settings) =>
        Settings = Settings is null ? settings : [.. Settings.Intersect(settings)];

    public void RequirePerson(Func<Person, int, int, bool> fits)
    {
        Func<Person, int, int, bool>? before = PersonFits;
        PersonFits = before is null ? fits : (p, a, d) => before(p, a, d) && fits(p, a, d);
    }
}
