using System.Globalization;
using SmartReview.National;
using Spectre.Console;

namespace SmartReview.Cli.Output;

/// <summary>Rows per table of a folded national extract: received = in accepted settlements + rejected.</summary>
internal static class ExtractView
{
    public static void Print(string input, FoldResult result)
    {
        var table = new Table().Title(Markup.Escape(CliText.Format("ExtractTitle", input))).AddColumn(CliText.Get("Table"))
            .AddColumn(new TableColumn(CliText.Get("Files")).RightAligned()).AddColumn(new TableColumn(CliText.Get("Rows")).RightAligned())
            .AddColumn(new TableColumn(CliText.Get("RowsAccepted")).RightAligned()).AddColumn(new TableColumn(CliText.Get("RowsRejected")).RightAligned())
            .AddColumn(CliText.Get("Reconciles"));
        foreach (NationalTable name in TableNames.All)
        {
            TableCounts c = result.Tables[name];
            table.AddRow(TableNames.Of(name), Number(c.Files), Number(c.Received), Number(c.Accepted), Number(c.Rejected), c.Reconciles ? "✓" : "✗");
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(CliText.Format("ExtractFolded", result.Settlements, result.Partitions, result.Elapsed.TotalSeconds, result.Reading.TotalSeconds,
            result.Joining.TotalSeconds, result.Folding.TotalSeconds, (result.Elapsed - result.Reading - result.Joining - result.Folding).TotalSeconds));
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
