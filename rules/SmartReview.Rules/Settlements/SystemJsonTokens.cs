using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>System.Text.Json's reader behind <see cref="IJsonTokens"/>: reads any JSON, and its errors are the ones reported.</summary>
internal ref struct SystemJsonTokens(ReadOnlySpan<byte> json) : IJsonTokens
{
    private Utf8JsonReader _reader = new(json, new JsonReaderOptions { MaxDepth = PlainJsonReader.MaxDepth });

    public readonly JsonTokenType TokenType => _reader.TokenType;

    public readonly ReadOnlySpan<byte> ValueSpan => _reader.ValueSpan;

    public readonly bool ValueIsEscaped => _reader.ValueIsEscaped;

    public bool Read() => _reader.Read();

    public readonly bool TryReadName(ReadOnlySpan<byte> quotedName) => false;

    public void Skip() => _reader.Skip();

    public readonly bool ValueTextEquals(ReadOnlySpan<byte> text) => _reader.ValueTextEquals(text);

    public readonly string GetString() => _reader.GetString()!;

    public readonly bool TryGetDecimal(out decimal value) => _reader.TryGetDecimal(out value);

    public readonly bool TryGetInt32(out int value) => _reader.TryGetInt32(out value);

    public readonly bool TryGetDateTimeOffset(out DateTimeOffset value) => _reader.TryGetDateTimeOffset(out value);

    public readonly int CopyString(scoped Span<byte> destination) => _reader.CopyString(destination);
}
