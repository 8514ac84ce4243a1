namespace SmartReview.Rules.Settlements;

/// <summary>Settlement totals in yuan: total = fund-paid + 自付 (self-pay) + 自费 (self-funded).</summary>
public sealed record Totals(decimal Total, decimal FundPaid, decimal SelfPay, decimal SelfFunded);
