using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SmartReview.National.Reading;

/// <summary>
/// A file's text encoding when none is chosen: a UTF-8 byte-order mark → UTF-8; a first MiB that is valid UTF-8 →
/// UTF-8; otherwise GB18030 (a superset of GBK and GB2312).
/// </summary>
internal static class TextDecoding
{
    public const int SampleBytes = 1 << 20;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

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
}
