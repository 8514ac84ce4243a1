using SmartReview.Rules.Families;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>Validates every rule against its family and knowledge, and compiles the pack into indexed evaluators.</summary>
public static class PackCompiler
{
    /// <summary>Loads a pack file and compiles it; throws <see cref="PackLoadException"/> listing every error.</summary>
    public static CompiledPack Load(string path, IReadOnlyDictionary<string, IRuleFamily>? families = null)
    {
        var errors = new List<PackError>();
        CompiledPack compiled = Compile(PackLoader.Load(path, errors), families ?? RuleFamilies.All, errors);
        return errors.Count == 0 ? compiled : throw new PackLoadException([.. errors.Distinct()]);
    }

    public static CompiledPack Compile(RulePack pack, IReadOnlyDictionary<string, IRuleFamily>? families = null)
    {
        var errors = new List<PackError>();
        CompiledPack compiled = Compile(pack, families ?? RuleFamilies.All, errors);
        return errors.Count == 0 ? compiled : throw new PackLoadException([.. errors.Distinct()]);
    }

    public static CompiledPack Compile(RulePack pack, IReadOnlyDictionary<string, IRuleFamily> families, List<PackError> errors)
    {
        var rules = new List<CompiledRule>(pack.Rules.Count);
        foreach (RuleDefinition rule in pack.Rules)
        {
            string where = $"rule {rule.Id}";
            if (!families.TryGetValue(rule.Family, out IRuleFamily? family))
            {
                if (rule.Family.Length > 0)
                {
                    errors.Add(new PackError(where, "family", $"unknown family '{rule.Family}'"));
                }

                continue;
            }

            IReadOnlyList<KnowledgeEntry> entries = [];
            if (family.NeedsKnowledge && rule.Knowledge is null)
            {
                errors.Add(new PackError(where, "knowledge", $"family {family.Name} needs a knowledge set"));
            }
            else if (rule.Knowledge is not null)
            {
                if (!pack.Knowledge.HasSet(rule.Knowledge))
                {
                    errors.Add(new PackError(where, "knowledge", $"no knowledge set named '{rule.Knowledge}'"));
                }

                entries = KnowledgeSlice.Of(pack.Knowledge.Set(rule.Knowledge), rule.KnowledgeCodes);
            }

            var input = new RuleInput(rule, entries, errors);
            CompiledRule compiled = family.Compile(input);
            input.ReportUnknown();
            compiled.Index = rules.Count;
            compiled.Stakes = family.Stakes;
            rules.Add(compiled);
        }

        return new CompiledPack(pack, [.. rules]);
    }
}
