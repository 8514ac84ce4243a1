using System.Buffers.Text;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// A strict JSON reader for the common case: one value, no escape sequences, numbers without exponents, valid UTF-8
/// in the strings the parser keeps. It gives the same tokens as <see cref="Utf8JsonReader"/> for such input at about
/// half the cost. On anything else — an escape, an exponent, a syntax error, too deep — it throws
/// <see cref="NotPlainException"/>, and the parser reads the record again with System.Text.Json, whose
/// behaviour and error messages are then the ones seen.
/// </summary>
internal ref struct PlainJsonReader(ReadOnlySpan<byte> json) : IJsonTokens
{
    public const int MaxDepth = 16;

    private readonly ReadOnlySpan<byte> _json = json;
    private int _position, _valueStart, _valueLength, _depth;
    private ulong _objects; // bit d-1 set: the container at depth d is an object
    private bool _started, _afterName, _needComma;

    /// <summary>The input is not for this reader; read it with System.Text.Json.</summary>
    public sealed class NotPlainException() : Exception("not plain JSON");

    public JsonTokenType TokenType { get; private set; }

    /// <summary>Whether this reader may read <paramref name="json"/>: no escapes and no control characters anywhere
    /// (CR, LF and tab are whitespace outside strings, but a JSON line has none, and inside strings they are errors).
    /// Its string scan relies on that, so check it first. 32 bytes at a time: one compare for below 0x20, one for a backslash.</summary>
    public static bool CanRead(ReadOnlySpan<byte> json)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<byte> space = Vector256.Create((byte)0x20), backslash = Vector256.Create((byte)'\\');
            for (; i <= json.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                Vector256<byte> v = Vector256.Create(json.Slice(i, Vector256<byte>.Count));
                if ((Vector256.LessThan(v, space) | Vector256.Equals(v, backslash)) != Vector256<byte>.Zero)
                {
                    return false;
                }
            }
        }

        for (; i < json.Length; i++)
        {
            if (json[i] < 0x20 || json[i] == '\\')
            {
                return false;
            }
        }

        return true;
    }

    public readonly ReadOnlySpan<byte> ValueSpan => _json.Slice(_valueStart, _valueLength);

    public readonly bool ValueIsEscaped => false;

    public bool Read()
    {
        int c = SkipWhitespace();
        if (_depth == 0)
        {
            return !_started && c >= 0 ? ReadValue((byte)c) : c < 0 && _started ? false : throw new NotPlainException();
        }

        if (c < 0)
        {
            throw new NotPlainException();
        }

        if (_afterName)
        {
            _afterName = false;
            return ReadValue((byte)c);
        }

        bool inObject = (_objects >> (_depth - 1) & 1) == 1;
        byte close = inObject ? (byte)'}' : (byte)']';
        if (c == close)
        {
            // Either after a member, or an empty container: a close right after a comma is never reached here.
            _position++;
            _depth--;
            TokenType = inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
            _needComma = true;
            return true;
        }

        if (_needComma)
        {
            if (c != ',')
            {
                throw new NotPlainException();
            }

            _position++;
            _needComma = false;
            c = SkipWhitespace();
            if (c < 0)
            {
                throw new NotPlainException();
            }
        }

        return inObject ? ReadPropertyName((byte)c) : ReadValue((byte)c);
    }

    public bool TryReadName(ReadOnlySpan<byte> quotedName)
    {
        if (_afterName || _depth == 0 || (_objects >> (_depth - 1) & 1) == 0)
        {
            return false;
        }

        // The same token Read would give: no escapes anywhere, so the name ends at its first quote.
        int at = _needComma ? _position + 1 : _position;
        if (_needComma && (_position >= _json.Length || _json[_position] != ','))
        {
            return false;
        }

        if (!_json[at..].StartsWith(quotedName))
        {
            return false;
        }

        (_valueStart, _valueLength) = (at + 1, quotedName.Length - 3);
        _position = at + quotedName.Length;
        _needComma = false;
        _afterName = true;
        TokenType = JsonTokenType.PropertyName;
        return true;
    }

    public void Skip()
    {
        if (TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }

        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            int depth = _depth;
            while (Read() && _depth >= depth)
            {
            }
        }
    }

    public readonly bool ValueTextEquals(ReadOnlySpan<byte> text) => ValueSpan.SequenceEqual(text);

    public readonly string GetString()
    {
        try
        {
            return JsonValues.StrictUtf8.GetString(ValueSpan);
        }
        catch (DecoderFallbackException)
        {
            throw new NotPlainException();
        }
    }

    public readonly bool TryGetDecimal(out decimal value) => throw new NotPlainException();

    public readonly bool TryGetInt32(out int value)
    {
        ReadOnlySpan<byte> span = ValueSpan;
        return Utf8Parser.TryParse(span, out value, out int consumed) && consumed == span.Length;
    }

    public readonly bool TryGetDateTimeOffset(out DateTimeOffset value) => throw new NotPlainException();

    public readonly int CopyString(scoped Span<byte> destination) => throw new NotPlainException();

    private bool ReadPropertyName(byte c)
    {
        if (c != '"')
        {
            throw new NotPlainException();
        }

        ReadString();
        if (SkipWhitespace() != ':')
        {
            throw new NotPlainException();
        }

        _position++;
        _afterName = true;
        TokenType = JsonTokenType.PropertyName;
        return true;
    }

    private bool ReadValue(byte c)
    {
        _started = true;
        _needComma = true;
        switch (c)
        {
            case (byte)'{' or (byte)'[':
                if (++_depth >= MaxDepth)
                {
                    throw new NotPlainException();
                }

                _objects = c == '{' ? _objects | 1UL << (_depth - 1) : _objects & ~(1UL << (_depth - 1));
                _position++;
                _needComma = false;
                TokenType = c == '{' ? JsonTokenType.StartObject : JsonTokenType.StartArray;
                return true;
            case (byte)'"':
                ReadString();
                TokenType = JsonTokenType.String;
                return true;
            case (byte)'t':
                return ReadLiteral("true"u8, JsonTokenType.True);
            case (byte)'f':
                return ReadLiteral("false"u8, JsonTokenType.False);
            case (byte)'n':
                return ReadLiteral("null"u8, JsonTokenType.Null);
            default:
                ReadNumber();
                TokenType = JsonTokenType.Number;
                return true;
        }
    }

    private void ReadString()
    {
        int start = _position + 1;
        int length = QuoteAt(start);
        if (length < 0)
        {
            throw new NotPlainException();
        }

        (_valueStart, _valueLength) = (start, length);
        _position = start + length + 1;
    }

    /// <summary>Bytes from <paramref name="start"/> to the next quote, or -1. Most values are short, so the first 16 bytes are searched inline.</summary>
    private readonly int QuoteAt(int start)
    {
        if (Vector128.IsHardwareAccelerated && start + Vector128<byte>.Count <= _json.Length)
        {
            uint found = Vector128.Equals(Vector128.Create(_json.Slice(start, Vector128<byte>.Count)), Vector128.Create((byte)'"')).ExtractMostSignificantBits();
            if (found != 0)
            {
                return BitOperations.TrailingZeroCount(found);
            }

            int rest = _json[(start + Vector128<byte>.Count)..].IndexOf((byte)'"');
            return rest < 0 ? -1 : Vector128<byte>.Count + rest;
        }

        return _json[start..].IndexOf((byte)'"');
    }

    /// <summary>-?(0|[1-9][0-9]*)(.[0-9]+)? followed by a delimiter; exponents are left to System.Text.Json.</summary>
    private void ReadNumber()
    {
        int start = _position, i = start;
        if (i < _json.Length && _json[i] == '-')
        {
            i++;
        }

        int integer = Digits(ref i);
        if (integer == 0 || (integer > 1 && _json[i - integer] == '0'))
        {
            throw new NotPlainException();
        }

        if (i < _json.Length && _json[i] == '.')
        {
            i++;
            if (Digits(ref i) == 0)
            {
                throw new NotPlainException();
            }
        }

        (_valueStart, _valueLength, _position) = (start, i - start, i);
        EndOfValue();
    }

    private readonly int Digits(ref int i)
    {
        int start = i;
        while (i < _json.Length && (uint)(_json[i] - '0') <= 9)
        {
            i++;
        }

        return i - start;
    }

    private bool ReadLiteral(ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            throw new NotPlainException();
        }

        (_valueStart, _valueLength) = (_position, literal.Length);
        _position += literal.Length;
        TokenType = type;
        EndOfValue();
        return true;
    }

    /// <summary>A number or literal must be followed by whitespace, a comma, a closing bracket or the end.</summary>
    private readonly void EndOfValue()
    {
        if (_position < _json.Length && _json[_position] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)',' or (byte)'}' or (byte)']'))
        {
            throw new NotPlainException();
        }
    }

    /// <summary>Moves past whitespace; the next byte, or -1 at the end.</summary>
    private int SkipWhitespace()
    {
        ReadOnlySpan<byte> json = _json;
        int i = _position;
        while ((uint)i < (uint)json.Length)
        {
            byte c = json[i];
            if (c is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                _position = i;
                return c;
            }

            i++;
        }

        _position = i;
        return -1;
    }
}
