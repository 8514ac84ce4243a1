namespace SmartReview.Rules.Settlements;

/// <summary>Reads one record of an input format into a settlement: JSON Lines (<see cref="SettlementParser"/>) or the fold's binary records.</summary>
public interface ISettlementReader
{
    ParseResult Parse(ReadOnlySpan<byte> record);
}
