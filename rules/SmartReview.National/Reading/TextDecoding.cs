using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SmartReview.National.Reading;

/// <summary>
/// Opens a file as text. Without a chosen encoding: a UTF-8 byte-order mark → UTF-8; a first MiB that is valid UTF-8
/// → UTF-8; otherwise GB18030 (a superset of GBK and GB2312). The mark is never part of the text.
/// </summary>
internal static class TextDecoding
{
    public const int SampleBytes = 1 << 20;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static TextReader Open(Stream raw, Encoding? chosen, out Encoding used)
    {
        byte[] sample = new byte[SampleBytes];
        int count = Fill(raw, sample);
        used = chosen ?? Detect(sample.AsSpan(0, count));
        var replay = new ReplayStream(sample, count, raw);
        return new StreamReader(replay, used, detectEncodingFromByteOrderMarks: used is UTF8Encoding, bufferSize: 1 << 16);
    }

    /// <summary>The encoding of a file that starts with <paramref name="sample"/> (the sample may end inside a character).</summary>
    public static Encoding Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }

        char[] chars = ArrayPool<char>.Shared.Rent(sample.Length + 1);
        try
        {
            OperationStatus status = Utf8.ToUtf16(sample, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData ? new UTF8Encoding(false) : Gb18030;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int Fill(Stream raw, byte[] into)
    {
        int count = 0;
        while (count < into.Length)
        {
            int n = raw.Read(into, count, into.Length - count);
            if (n == 0)
            {
                break;
            }

            count += n;
        }

        return count;
    }
}
