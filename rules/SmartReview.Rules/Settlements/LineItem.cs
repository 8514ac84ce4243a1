namespace SmartReview.Rules.Settlements;

/// <summary>One fee line (FEE_LIST_D). Amount = quantity × unit price, to the fen.</summary>
public sealed record LineItem
{
    public required string LineId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required ItemCategory Category { get; init; }
    public required decimal Quantity { get; init; }
    public required decimal UnitPrice { get; init; }
    public required decimal Amount { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime ChargedAt { get; init; }
    public required string Department { get; init; }
    public required string Doctor { get; init; }
    public required PaymentClass PaymentClass { get; init; }

    /// <summary>When the line reached the insurer (UTC), if the extract carries it: the optional upload-time feed.</summary>
    public DateTime? UploadedAt { get; init; }
}
