namespace SmartReview.Knowledge.Shapes;

/// <summary>The shape a point's structure decides, and what the logic column says (null: empty or not recognised).</summary>
internal sealed record ShapeDecision(string Shape, string? LogicShape, int Codes)
{
    public bool IsTwoItem => PointShapes.IsTwoItem(Shape);
}
