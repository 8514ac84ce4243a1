using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Families;

/// <summary>
/// Two different drugs of one therapeutic class on the same day (重复开药: e.g. two proton-pump inhibitors). Each
/// knowledge entry is a class, its codes the class's code prefixes; the drugs after the first started that day are
/// flagged (<see cref="SameDayCodes"/>).
/// </summary>
internal sealed class TherapeuticDuplicate : SameDayCodes
{
    public override string Name => "therapeutic_duplicate";

    protected override string CheckKey => "Check_Duplicate";

    protected override object?[] Values(KnowledgeEntry entry, DateOnly day, string first, string next, int codes, decimal amount) =>
        [entry.ItemName, day, first, next, codes, amount];
}
