using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>The first diagnosis a set of code patterns covers, found without a closure or an enumerator.</summary>
internal static class DiagnosisMatch
{
    public static Diagnosis? First(IReadOnlyList<Diagnosis> diagnoses, CodePatterns patterns)
    {
        for (int i = 0; i < diagnoses.Count; i++)
        {
            if (patterns.Matches(diagnoses[i].Code))
            {
                return diagnoses[i];
            }
        }

        return null;
    }
}
