using System.Text;
using System.Text.Json;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>
/// The plain reader against System.Text.Json's: on any input it either gives up or gives exactly the same tokens, and
/// it never accepts what System.Text.Json rejects. Checked on chosen cases and on thousands of random edits of a record.
/// </summary>
public sealed class PlainJsonReaderTests
{
    /// <summary>The valid test record on one line, as extracts write it: non-ASCII text unescaped.</summary>
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(ValidRecord.OneLine());

    [Theory]
    [InlineData("""{"a":1,"b":[true,false,null],"c":{"d":"文字","e":-0.5},"f":[],"g":{}}""")]
    [InlineData(""" { "a" : [ 1 , 2 ] , "b" : "x" } """)]
    [InlineData("""[{"a":0},{"b":10.25}]""")]
    [InlineData("\"just a string\"")]
    [InlineData("-12")]
    public void Read_PlainJson_GivesTheSystemReadersTokens(string json)
    {
        // Act
        List<(JsonTokenType, string)>? plain = PlainTokens(Encoding.UTF8.GetBytes(json));

        // Assert
        Assert.NotNull(plain);
        Assert.Equal(SystemTokens(Encoding.UTF8.GetBytes(json)), plain);
    }

    [Theory]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":[1,]}""")]
    [InlineData("""{"a":01}""")]
    [InlineData("""{"a":1.}""")]
    [InlineData("""{"a":-}""")]
    [InlineData("""{"a":1e5}""")]
    [InlineData("""{"a":tru}""")]
    [InlineData("""{"a":truex}""")]
    [InlineData("""{"a" 1}""")]
    [InlineData("""{"a":1 "b":2}""")]
    [InlineData("""{"a":1}{"b":2}""")]
    [InlineData("""{"a":1]""")]
    [InlineData("""{a:1}""")]
    [InlineData("""{"a":"\u0041"}""")]
    [InlineData("""{"a":"tab	inside"}""")]
    [InlineData("""{"a":1""")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("""[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]""")]
    public void Read_AnythingElse_GivesUp(string json)
    {
        // Act
        List<(JsonTokenType, string)>? plain = PlainTokens(Encoding.UTF8.GetBytes(json));

        // Assert
        Assert.Null(plain);
    }

    [Fact]
    public void Read_StringsOfEveryLengthUpToTheEnd_GiveTheSystemReadersTokens()
    {
        // The closing quote at every place of the first 16-byte search and beyond it, and strings ending the input,
        // so that the search runs short of a full vector; unterminated strings must give up.
        for (int length = 0; length < 40; length++)
        {
            string text = new string('字', length % 3) + new string('a', length);
            foreach (string json in new[] { $"\"{text}\"", $"[\"{text}\",\"{text}\"]", $"{{\"{text}\":\"{text}\"}}" })
            {
                byte[] bytes = Encoding.UTF8.GetBytes(json);
                Assert.Equal(SystemTokens(bytes), PlainTokens(bytes));
                Assert.Null(PlainTokens(bytes[..^1]));
            }
        }
    }

    [Theory]
    [InlineData((byte)'\\')]
    [InlineData((byte)0x00)]
    [InlineData((byte)'\t')]
    [InlineData((byte)0x1f)]
    public void CanRead_AnEscapeOrControlByteAnywhere_IsFalse(byte bad)
    {
        // Every position of a 100-byte value, so the byte falls in each lane of a vector and in the tail.
        byte[] plain = [.. Enumerable.Repeat((byte)'a', 100)];
        Assert.True(PlainJsonReader.CanRead(plain));
        for (int at = 0; at < plain.Length; at++)
        {
            byte[] json = [.. plain];
            json[at] = bad;
            Assert.False(PlainJsonReader.CanRead(json), $"byte {bad:x2} at {at}");
        }

        Assert.True(PlainJsonReader.CanRead([.. Enumerable.Range(0x20, 0xE0).Where(b => b != '\\').Select(b => (byte)b)]));
    }

    [Fact]
    public void Read_RandomEditsOfARecord_NeverDisagreesWithTheSystemReader()
    {
        // Arrange: deletions, insertions and replacements of structural and other bytes
        var random = new Random(20261124);
        byte[] alphabet = "{}[]:,\"\\ -.0123456789eEtrufalsn\tx"u8.ToArray();
        int accepted = 0, edits = 20_000;

        for (int n = 0; n < edits; n++)
        {
            List<byte> bytes = [.. Valid];
            for (int k = random.Next(1, 3); k > 0; k--)
            {
                int at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes.RemoveAt(at); break;
                    case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            byte[] json = [.. bytes];

            // Act
            List<(JsonTokenType, string)>? plain = PlainTokens(json);

            // Assert
            if (plain is not null)
            {
                accepted++;
                Assert.Equal(SystemTokens(json), plain);
            }
        }

        Assert.InRange(accepted, edits / 50, edits - 1); // some edits keep the record valid (e.g. a changed digit)
    }

    [Fact]
    public void TryReadName_RightAndWrongGuessesOnRandomEdits_GiveTheSystemReadersTokens()
    {
        // Arrange: before every token, a wrong name is tried, then the name the system reader reads there (or, where
        // it rejects the input, the valid record's name at that place); the plain reader must read the same tokens
        // as System.Text.Json or give up, and a wrong guess must move nothing.
        var random = new Random(20261125);
        List<(JsonTokenType, string)> validTokens = SystemTokens(Valid);
        int accepted = 0, guessed = 0;
        for (int n = 0; n < 5_000; n++)
        {
            byte[] json = [.. Valid];
            json[random.Next(json.Length)] = "{}[]:,\" ab"u8[random.Next(9)];
            List<(JsonTokenType, string)>? system = SystemTokensOrNull(json);

            // Act
            List<(JsonTokenType, string)>? plain = PlainTokensGuessing(json, system ?? validTokens, ref guessed);

            // Assert
            if (plain is not null)
            {
                accepted++;
                Assert.Equal(system, plain);
            }
        }

        Assert.InRange(accepted, 100, 4_999);
        Assert.True(guessed > accepted * 10, $"{guessed} names read by a guess");
    }

    [Fact]
    public void Skip_AnObjectOrArrayValue_MovesPastItLikeTheSystemReader()
    {
        // Arrange
        byte[] json = """{"skip":{"a":[1,{"b":2}],"c":"d"},"next":[[]],"last":3}"""u8.ToArray();
        var plain = new PlainJsonReader(json);
        var system = new Utf8JsonReader(json);
        var seen = new List<(string, string)>();

        // Act: skip every property's value, note where each reader is after it
        plain.Read();
        system.Read();
        while (plain.Read() && plain.TokenType == JsonTokenType.PropertyName)
        {
            system.Read();
            string name = Encoding.UTF8.GetString(plain.ValueSpan);
            plain.Skip();
            system.Skip();
            seen.Add((name, $"{plain.TokenType}/{system.TokenType}"));
        }

        // Assert
        Assert.Equal([("skip", "EndObject/EndObject"), ("next", "EndArray/EndArray"), ("last", "Number/Number")], seen);
    }

    /// <summary>The plain reader's tokens, or null if it gave up.</summary>
    private static List<(JsonTokenType, string)>? PlainTokens(byte[] json)
    {
        if (!PlainJsonReader.CanRead(json))
        {
            return null;
        }

        var tokens = new List<(JsonTokenType, string)>();
        try
        {
            var reader = new PlainJsonReader(json);
            while (reader.Read())
            {
                tokens.Add(Token(reader.TokenType, reader.ValueSpan));
            }

            return tokens;
        }
        catch (PlainJsonReader.NotPlainException)
        {
            return null;
        }
    }

    /// <summary>The plain reader's tokens, trying a wrong name and then <paramref name="guesses"/>' name at each place first; null if it gave up.</summary>
    private static List<(JsonTokenType, string)>? PlainTokensGuessing(byte[] json, List<(JsonTokenType, string)> guesses, ref int guessed)
    {
        if (!PlainJsonReader.CanRead(json))
        {
            return null;
        }

        var tokens = new List<(JsonTokenType, string)>();
        try
        {
            var reader = new PlainJsonReader(json);
            while (true)
            {
                Assert.False(reader.TryReadName("\"no such name\":"u8));
                bool byGuess = tokens.Count < guesses.Count && guesses[tokens.Count] is (JsonTokenType.PropertyName, string name)
                    && reader.TryReadName(Encoding.UTF8.GetBytes($"\"{name}\":"));
                if (!byGuess && !reader.Read())
                {
                    return tokens;
                }

                guessed += byGuess ? 1 : 0;
                tokens.Add(Token(reader.TokenType, reader.ValueSpan));
            }
        }
        catch (PlainJsonReader.NotPlainException)
        {
            return null;
        }
    }

    private static List<(JsonTokenType, string)>? SystemTokensOrNull(byte[] json)
    {
        try
        {
            return SystemTokens(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>System.Text.Json's tokens; an input it rejects fails the test that calls this.</summary>
    private static List<(JsonTokenType, string)> SystemTokens(byte[] json)
    {
        var tokens = new List<(JsonTokenType, string)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = PlainJsonReader.MaxDepth });
        while (reader.Read())
        {
            tokens.Add(Token(reader.TokenType, reader.ValueSpan));
        }

        return tokens;
    }

    /// <summary>A token and its text; brackets have none.</summary>
    private static (JsonTokenType, string) Token(JsonTokenType type, ReadOnlySpan<byte> value) =>
        (type, type is JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.StartArray or JsonTokenType.EndArray
            ? "" : Encoding.UTF8.GetString(value));
}
