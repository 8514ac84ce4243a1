using System.CommandLine;
using System.Text;
using SmartReview.National;

namespace SmartReview.Cli.Commands;

/// <summary>The options for reading a national extract: dictionaries, encoding, partitions, temp folder.</summary>
internal sealed class ExtractOptions
{
    private readonly Option<string?> _dictionaries = new("--dictionaries") { Description = "Code tables of the national extract (JSON; columns listed replace the defaults)" };
    private readonly Option<string?> _encoding = new("--encoding") { Description = "Extract encoding: utf8 or gbk (default: detected per file)" };
    private readonly Option<int> _partitions = new("--partitions") { Description = "Partitions of the extract's join (default: one per 8 MiB)" };
    private readonly Option<string?> _temp = new("--temp") { Description = "Folder for the join's partition files and the folded settlements (default: system temp)" };

    public void AddTo(Command command)
    {
        command.Options.Add(_dictionaries);
        command.Options.Add(_encoding);
        command.Options.Add(_partitions);
        command.Options.Add(_temp);
    }

    /// <summary>The fold options chosen, or null after printing what is wrong.</summary>
    public FoldOptions? Read(ParseResult result)
    {
        Encoding? encoding = null;
        string? name = result.GetValue(_encoding);
        if (name is not null && (encoding = Encodings.Of(name)) is null)
        {
            Console.Error.WriteLine(CliText.Format("EncodingInvalid", name));
            return null;
        }

        try
        {
            string? path = result.GetValue(_dictionaries);
            return new FoldOptions
            {
                Dictionaries = path is null ? null : NationalDictionaries.Load(path), Encoding = encoding, Partitions = result.GetValue(_partitions),
                TempDirectory = result.GetValue(_temp),
            };
        }
        catch (Exception e) when (e is NationalExtractException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine(CliText.Format("ExtractInvalid", result.GetValue(_dictionaries), e.Message));
            return null;
        }
    }
}
