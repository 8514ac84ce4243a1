using System.Text;

namespace SmartReview.Cli.Commands;

/// <summary>Encoding names the commands accept: utf8, utf8-bom (written with a byte-order mark), gbk (GB18030).</summary>
internal static class Encodings
{
    static Encodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding? Of(string name) => name.ToLowerInvariant() switch
    {
        "utf8" or "utf-8" or "utf8-bom" => new UTF8Encoding(false),
        "gbk" or "gb18030" => Encoding.GetEncoding(54936),
        _ => null,
    };
}
