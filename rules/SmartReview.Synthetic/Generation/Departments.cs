using SmartReview.Synthetic.Catalogue;

namespace SmartReview.Synthetic.Generation;

/// <summary>Department numbers, for doctor ids.</summary>
internal static class Departments
{
    public const string Default = "内科";

    private static readonly Dictionary<string, int> Numbers = DiagnosisTemplates.Main.Select(d => d.Department).Append(Default).Distinct()
        .Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i + 1, StringComparer.Ordinal);

    public static int Number(string department) => Numbers.GetValueOrDefault(department);
}
