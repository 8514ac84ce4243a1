using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// The token reader the settlement parser is written against, so that one parser runs over either System.Text.Json's
/// reader (<see cref="SystemJsonTokens"/>) or the faster <see cref="PlainJsonReader"/>. Members mean what they mean on
/// <see cref="Utf8JsonReader"/>.
/// </summary>
internal interface IJsonTokens
{
    JsonTokenType TokenType { get; }

    ReadOnlySpan<byte> ValueSpan { get; }

    bool ValueIsEscaped { get; }

    bool Read();

    /// <summary>
    /// Reads the next token only if it is the property name whose quoted form and colon are <paramref name="quotedName"/>
    /// (<c>"code":</c>); otherwise leaves the reader where it was and returns false. A fast path for objects whose
    /// properties come in a known order: a false answer costs little, and <see cref="Read"/> then reads as usual.
    /// </summary>
    bool TryReadName(ReadOnlySpan<byte> quotedName);

    void Skip();

    bool ValueTextEquals(ReadOnlySpan<byte> text);

    string GetString();

    bool TryGetDecimal(out decimal value);

    bool TryGetInt32(out int value);

    bool TryGetDateTimeOffset(out DateTimeOffset value);

    int CopyString(scoped Span<byte> destination);
}
