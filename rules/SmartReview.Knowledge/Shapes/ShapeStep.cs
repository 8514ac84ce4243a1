using SmartReview.Knowledge.Mapping;

namespace SmartReview.Knowledge.Shapes;

/// <summary>
/// The structural step, before any wording is read: a point's rule, its codes and its logic column decide its shape.
/// The rule's family gives the shape; a rule whose family is text-only (or a rule the table lacks) takes the shape of
/// its logic, and a pair or unbundling logic counts only with two or more codes. The wording then fills parameters
/// (sides, days, an age) or explains; it never turns a pair into a single item.
/// </summary>
internal sealed class ShapeStep(LogicShapes logic)
{
    public ShapeDecision Decide(RuleMapping rule, IReadOnlyList<string> codes, string? logicText)
    {
        string? byLogic = logic.Of(logicText);
        string? byRule = PointShapes.OfRule(rule);
        string shape = byRule
            ?? (byLogic is not null && (!PointShapes.IsTwoItem(byLogic) || codes.Count >= 2) ? byLogic : PointShapes.Item);
        return new ShapeDecision(shape, byLogic, codes.Count);
    }
}
