using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>
/// What a family compiles one rule from: the rule, its knowledge entries, and readers for the rule's parameters and
/// each entry's attributes. The readers remember what the family asked for, so the compiler can report every
/// parameter or attribute the family does not know (a misspelt <c>interval_dayz</c> is an error, not a default).
/// </summary>
public sealed class RuleInput
{
    private readonly List<PackError> _errors;
    private readonly Dictionary<KnowledgeEntry, ValueReader> _attributes = new(ReferenceEqualityComparer.Instance);

    internal RuleInput(RuleDefinition rule, IReadOnlyList<KnowledgeEntry> entries, List<PackError> errors)
    {
        Rule = rule;
        Entries = entries;
        _errors = errors;
        Parameters = new ValueReader(rule.Parameters, $"rule {rule.Id}", "parameters.", errors);
    }

    public RuleDefinition Rule { get; }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public ValueReader Parameters { get; }

    public ValueReader Attributes(KnowledgeEntry entry)
    {
        if (!_attributes.TryGetValue(entry, out ValueReader? reader))
        {
            _attributes[entry] = reader = new ValueReader(entry.Attributes, Where(entry), "attributes.", _errors);
        }

        return reader;
    }

    private static string Where(KnowledgeEntry entry) => entry.Location is null ? $"knowledge {entry.Id}" : $"knowledge {entry.Id} ({entry.Location})";

    /// <summary>Reports the parameters and attributes given but never asked for.</summary>
    internal void ReportUnknown()
    {
        Parameters.ReportUnasked($"not a parameter of family {Rule.Family}");
        foreach (ValueReader reader in _attributes.Values)
        {
            reader.ReportUnasked($"not an attribute family {Rule.Family} reads");
        }
    }
}
