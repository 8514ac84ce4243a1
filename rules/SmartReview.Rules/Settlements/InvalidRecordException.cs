namespace SmartReview.Rules.Settlements;

/// <summary>Raised inside the parser only; <see cref="SettlementParser"/> turns it into a <see cref="RecordError"/>.</summary>
internal sealed class InvalidRecordException(string field, string reason) : Exception(reason)
{
    public RecordError Error { get; } = new(field, reason);
}
