using System.Globalization;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using Spectre.Console;

namespace SmartReview.Cli.Output;

/// <summary>The summary table printed after scoring.</summary>
internal static class SummaryView
{
    public static void Print(BatchSummary s, CompiledPack pack, ScreeningBasis basis, string flagsPath, string rejectsPath)
    {
        var totals = new Table().Title(CliText.Get("SummaryTitle")).AddColumn(CliText.Get("Measure")).AddColumn(new TableColumn(CliText.Get("Value")).RightAligned());
        totals.AddRow(CliText.Get("Pack"), Markup.Escape($"{string.Join(", ", s.Packs.DefaultIfEmpty(pack.Label))} ({pack.Rules.Count} {CliText.Get("Rules")})"));
        totals.AddRow(CliText.Get("Basis"), Markup.Escape(basis.Text.In(CliText.Culture.Name)));
        totals.AddRow(CliText.Get("Received"), Number(s.Received));
        totals.AddRow(CliText.Get("Accepted"), Number(s.Accepted));
        totals.AddRow(CliText.Get("Rejected"), Number(s.Rejected));
        totals.AddRow(CliText.Get("Flags"), Number(s.Flags));
        totals.AddRow(CliText.Get("FlaggedSettlements"), $"{Number(s.FlaggedSettlements)} ({Percent(s.FlaggedSettlements, s.Accepted)})");
        totals.AddRow(CliText.Get("AmountAtStake"), Money(s.AmountAtStake));
        totals.AddRow(CliText.Get("FundAtStake"), Money(s.FundAtStake));
        totals.AddRow(CliText.Get("LeftToReviewers"), Number(s.LeftToReviewers));
        totals.AddRow(CliText.Get("Elapsed"), s.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        totals.AddRow(CliText.Get("Throughput"), CliText.Format("PerMinute", Number((long)s.SettlementsPerMinute)));
        AnsiConsole.Write(totals);

        var families = new Table().AddColumn(CliText.Get("Family")).AddColumn(new TableColumn(CliText.Get("Flags")).RightAligned())
            .AddColumn(new TableColumn(CliText.Get("AmountAtStake")).RightAligned()).AddColumn(new TableColumn(CliText.Get("FundAtStake")).RightAligned());
        foreach ((string family, FamilyTotal total) in s.ByFamily)
        {
            families.AddRow(Markup.Escape(FamilyName(family)), Number(total.Flags), Money(total.Amount), Money(total.FundAmount));
        }

        AnsiConsole.Write(families);
        AnsiConsole.WriteLine(CliText.Format("Outputs", flagsPath, rejectsPath));
    }

    public static void PrintIndicators(IReadOnlyList<Rules.Indicators.FacilityFlag> flags, string path)
    {
        var table = new Table().Title(CliText.Get("IndicatorTitle")).AddColumn(CliText.Get("Indicator"))
            .AddColumn(new TableColumn(CliText.Get("FacilityMonths")).RightAligned()).AddColumn(new TableColumn(CliText.Get("AmountAtStake")).RightAligned());
        foreach (IGrouping<string, Rules.Indicators.FacilityFlag> group in flags.GroupBy(f => f.Indicator).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(Texts.Get("Indicator_" + group.Key, CliText.Culture)), Number(group.Count()), Money(group.Sum(f => f.Amount)));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(CliText.Format("FacilityFlagsFile", path));
    }

    internal static string FamilyName(string family)
    {
        try
        {
            return $"{Texts.Get("Family_" + family, CliText.Culture)} ({family})";
        }
        catch (KeyNotFoundException)
        {
            return family;
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => "¥" + value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Percent(long part, long whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
