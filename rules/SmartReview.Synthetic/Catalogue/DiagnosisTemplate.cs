using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// A main discharge diagnosis (ICD-10 医保版) with who gets it (sex, age band), where (department, clinical group),
/// how often (weight), how long (a factor on the median stay) and whether it is operated on.
/// </summary>
internal sealed record DiagnosisTemplate(
    string Code, string Name, string Department, string Group, double Weight, Sex? Sex, int MinAge, int MaxAge,
    double LosFactor, double SurgeryChance, OperationTemplate[] Operations, string Drg)
{
    public Diagnosis AsMain { get; } = new(Code, Name, true);

    public Diagnosis AsSecondary { get; } = new(Code, Name, false);

    public bool Fits(Sex sex, int age) => (Sex is null || Sex == sex) && age >= MinAge && age <= MaxAge;
}
