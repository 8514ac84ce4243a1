using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Families;

/// <summary>
/// A kind of rule: code that checks one shape of violation, fed by a rule's parameters and knowledge entries.
/// <see cref="Compile"/> validates both (recording errors by rule or entry and field) and returns the evaluator.
/// </summary>
public interface IRuleFamily
{
    /// <summary>The name packs use, snake_case (e.g. <c>sex_restricted_item</c>).</summary>
    string Name { get; }

    /// <summary>True when a rule of this family must name a knowledge set.</summary>
    bool NeedsKnowledge { get; }

    /// <summary>What a flag of this family puts at stake: the charges it names, or nothing until a reviewer sets the amount.</summary>
    Stake Stakes { get; }

    CompiledRule Compile(RuleInput input);
}
