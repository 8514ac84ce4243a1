namespace SmartReview.Host.Api;

/// <summary>One fee line of a case's settlement (money in yuan, time UTC); <see cref="Flagged"/> when the case's flag names it.</summary>
internal sealed record SettlementLineView(string LineId, string Code, string Name, decimal Quantity, decimal UnitPrice, decimal Amount,
    DateTime ChargedAt, bool Flagged);
